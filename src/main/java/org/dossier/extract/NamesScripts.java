package org.dossier.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * People written in the scripts that the reading of capitalised words cannot see: Chinese, Japanese and Thai (no spaces
 * between words, no letter case), Korean (Hangul, with particles glued to names), Hindi, Arabic, Persian and Hebrew
 * (no letter case) and Greek (cased, but inflected: "τον Νίκο Τσολάκη" is Νίκος Τσολάκης). A name of these scripts
 * counts only with a cue: a role, a title or a verb of speech beside it, or in Hindi and Greek a known given name. A
 * reporter's byline is no person. Names come out
 * as the text spells them, Greek ones in the nominative. Stateless.
 *
 * <pre>{@code
 * Set<String> out = new HashSet<>();
 * NamesScripts.read("交通运输局局长刘建平在开通仪式上表示，……", out);   // out: [刘建平]
 * }</pre>
 */
final class NamesScripts {
    private NamesScripts() {}

    /** Whether the text holds a letter of one of the scripts read here; most texts hold none, and cost one pass. */
    static boolean present(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c >= '\u0370' && (greek(c) || devanagari(c) || han(c) || hangul(c) || arabic(c) || hebrew(c) || thai(c))) return true;
        }
        return false;
    }

    /** Adds the people the text names in these scripts to {@code out}. */
    static void read(String text, Set<String> out) {
        boolean kana = false, hanSeen = false, hangulSeen = false, devanagariSeen = false, greekSeen = false, arabicSeen = false,
                persian = false, hebrewSeen = false, thaiSeen = false;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c < '\u0370') continue;
            kana |= kana(c);
            hanSeen |= han(c);
            hangulSeen |= hangul(c);
            devanagariSeen |= devanagari(c);
            greekSeen |= greek(c);
            arabicSeen |= arabic(c);
            // letters Arabic does not write: پ چ ژ گ ک ی
            persian |= c == '\u067E' || c == '\u0686' || c == '\u0698' || c == '\u06AF' || c == '\u06A9' || c == '\u06CC';
            hebrewSeen |= hebrew(c);
            thaiSeen |= thai(c);
        }
        if (hanSeen && kana) Japanese.read(text, out);
        else if (hanSeen) Chinese.read(text, out);
        if (hangulSeen) Korean.read(text, out);
        if (devanagariSeen) Hindi.read(text, out);
        if (greekSeen) Greek.read(text, out);
        if (arabicSeen) Spaced.read(text, persian ? Spaced.PERSIAN : Spaced.ARABIC, out);
        if (hebrewSeen) Spaced.read(text, Spaced.HEBREW, out);
        if (thaiSeen) Thai.read(text, out);
    }

    private static boolean han(char c) {
        return c >= '\u4E00' && c <= '\u9FFF' || c >= '\u3400' && c <= '\u4DBF' || c >= '\uF900' && c <= '\uFAFF' || c == '\u3005';
    }

    private static boolean kana(char c) {
        return c >= '\u3041' && c <= '\u30FA';
    }

    private static boolean hangul(char c) {
        return c >= '\uAC00' && c <= '\uD7A3';
    }

    private static boolean devanagari(char c) {
        return c >= '\u0900' && c <= '\u097F';
    }

    private static boolean greek(char c) {
        return c >= '\u0370' && c <= '\u03FF' || c >= '\u1F00' && c <= '\u1FFF';
    }

    private static boolean arabic(char c) {
        return c >= '\u0600' && c <= '\u06FF';
    }

    private static boolean hebrew(char c) {
        return c >= '\u05D0' && c <= '\u05EA';
    }

    private static boolean thai(char c) {
        return c >= '\u0E01' && c <= '\u0E4E';
    }

    /** The words of a space-separated list, as a set. */
    private static Set<String> words(String list) {
        return WordSets.of(list.strip().split("\\s+"));
    }

    /** Whether one of the words starts at {@code at} in the text; the longest such word's length, else 0. */
    private static int wordAt(String text, int at, Set<String> words, int longest) {
        for (int len = Math.min(longest, text.length() - at); len > 0; len--) {
            if (words.contains(text.substring(at, at + len))) return len;
        }
        return 0;
    }

    /** Whether one of the words ends right before {@code at}. */
    private static boolean wordBefore(String text, int at, Set<String> words, int longest) {
        for (int len = Math.min(longest, at); len > 0; len--) {
            if (words.contains(text.substring(at - len, at))) return true;
        }
        return false;
    }

    private static int longest(Set<String> words) {
        return words.stream().mapToInt(String::length).max().orElse(0);
    }

    /**
     * Chinese, simplified and traditional: a common surname and one or two given-name characters, with a role just
     * before ("局长刘建平"), a verb of speech or a role just after ("郑国强介绍", "刘建平局长"), or a place in a list
     * of names after a role ("副市长王伟、李强").
     */
    private static final class Chinese {
        /** The most common single-character surnames (simplified, then the traditional forms that differ). */
        private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩邓冯曹彭曾肖田董潘袁蔡蒋余"
                + "杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付傅方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严"
                + "莫孔向常汤康易乔赖文洪施牛樊葛邢齐伍庞颜倪庄聂章鲁岳翟殷詹耿兰焦俞柳祝尚符舒阮柯纪梅童凌毕裴霍涂苗翁冉骆蓝游辛"
                + "靳柴蒙鲍喻祁蒲滕屈饶牟尤穆卓缪项褚娄窦戚岑卜冷晏卫柏瞿桂佟臧闵苟邬卞姬仇栾隋刁沙荣巫寇桑郎甄丛仲虞敖巩佘苑迟"
                + "邝匡鞠荆冀郁胥储栗燕楚鄢谌奚粟冼蔺阚朴禹简"
                + "張劉陳楊黃趙吳孫馬鄭謝許韓鄧馮葉蘇呂盧鍾錢譚陸賈韋鄒閆龍賀顧龔萬嚴湯喬賴龐顏莊聶魯蘭紀畢塗駱藍鮑饒繆項婁竇衛閔"
                + "鄔欒鞏鄺荊儲藺闞蔣蕭溫簡";
        private static final Set<String> COMPOUND = words("欧阳 司马 诸葛 上官 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 夏侯 令狐 端木"
                + " 申屠 轩辕 歐陽 司馬 東方 尉遲 公孫 長孫 軒轅");
        private static final String COMPOUND_FIRST = "欧司诸上东皇尉公慕长宇夏令端申轩歐東長軒";
        /** Characters no given name holds in these rules: function words, and the first characters of the cues. */
        private static final String NOT_GIVEN = "的了是在和与及说者们也都就还又对向从被把将已曾等则而但并或这那其之所为于个些么吗呢吧"
                + "日月年时里后前内外今昨市省县区局处部厅院校司员长主经理委会人公业士客户队站车路道街村镇号线机场馆店厂表称指介"
                + "认告透坦谈提讲问答副先女同书担地得着过到他她它我你您方社报台团党署组办网"
                + "說與對這個們為於從將時裡後區縣處廳員長經會業車號線機場館廠麼嗎認講問書擔過報團黨組辦網";
        /** Two or three characters that open a common word, not a name ("方面表示", "张家口", but "張家豪"; "王府井"). */
        private static final Set<String> WORDS = words("张家口 張家口 张家界 張家界 张家港 張家港 王府 方面 方案 方式 方法 方向 方便 高铁 高鐵 高速 高层 高層 高校 高温"
                + " 高度 高峰 高新 高考 高中 高级 高管 黄金 黃金 黄河 車主 车主 房东 房東 金融 金额 金額 金牌 马路 馬路 马上 馬上 万元 萬元"
                + " 文件 文化 文明 文章 文物 文艺 周边 周邊 周末 周年 周一 周二 周三 周四 周五 周六 周日 江边 林业 田间 白天 白色 白领"
                + " 石油 石头 石家 钱包 常规 常见 常委 常务 安全 安排 成员 史上 龙头 龍頭 温度 溫度 温州 洪水 程序 程度 任务 任務 任何 任职"
                + " 任命 康复 韩国 韓國 黎明 许多 許多 许可 谢谢 曾经 曾經 陆续 陸續 陆地 陆军 范围 範圍 沈阳 钟头 施工 施行 齐全 庞大"
                + " 颜色 顏色 庄园 章程 兰州 焦点 焦點 祝贺 祝福 尚未 符合 舒适 纪录 纪念 纪委 纪检 紀錄 紀念 童年 凌晨 毕业 畢業 蓝色"
                + " 游客 遊客 游戏 尤其 卓越 项目 項目 卫生 衛生 卫星 桂林 沙漠 荣誉 仲裁 巩固 迟到 储备 燕子 武器 武汉 武警 严重 嚴重"
                + " 严格 欧洲 歐洲 莫斯 孔子 向前 熊猫 雷达 段落 顾客 顧客 顾问 顧問 毛病 陶瓷 易于 付款 付费 夏天 夏季 夏夜 叶子 葉子 余额"
                + " 苏州 蘇州 郑州 鄭州 罗马 胡同 杜绝 蒙古 柴油 冷链 丁香 宋代 唐代 明代 秦朝 汤圆 乔迁 包括 董事 潘多 吴江 何时 马克"
                + " 金砖 关于 黄色 林木 石化 田园 马拉 曹操 孙子 杨柳 朱红 贾府 郑重 鄭重 严正 嚴正 文中 白宫 白宮 韩联 韓聯 彭博 卫报 衛報"
                + " 高声 高聲 连声 連聲 费用 費用");
        /** Roles written before a name ("局长刘建平", "市民黄丽萍", "种粮大户李…"), simplified and traditional. */
        private static final Set<String> ROLES_BEFORE = words("局长 副局长 处长 科长 主任 副主任 经理 总经理 董事长 院长 校长 教授 副教授"
                + " 研究员 工程师 市长 副市长 县长 省长 区长 镇长 村长 书记 部长 厅长 所长 站长 队长 总监 负责人 发言人 主席 委员 代表"
                + " 医生 医师 护士 律师 市民 居民 村民 乘客 游客 司机 调度员 工作人员 大学生 学生 老师 专家 店主 摊主 老板 创始人 总裁"
                + " 司长 副司长 规划师 设计师 会计师 秘书长 会长 理事长 馆长 社长 主编 警官 民警 船长 机长 厂长 教练 球员 选手 导演 演员 作家 农民 工人 职工 员工 网友"
                + " 局長 副局長 處長 科長 經理 總經理 董事長 院長 校長 研究員 工程師 市長 副市長 縣長 省長 區長 鎮長 村長 書記 部長 廳長"
                + " 站長 隊長 司長 副司長 規劃師 設計師 會計師 總監 負責人 發言人 委員 醫生 醫師 護士 律師 遊客 司機 調度員 工作人員 大學生 學生 老師 專家 老闆 創辦人"
                + " 秘書長 會長 理事長 館長 議員 立委 教練 球員 選手 導演 演員 農民 員工 網友"
                // the trades of the countryside and the market ("种粮大户王…", "村支书李…", "果农陈…", "摊贩张…")
                + " 大户 农户 种植户 养殖户 果农 菜农 茶农 棉农 渔民 牧民 支书 商户 摊贩 菜贩 个体户"
                + " 大戶 農戶 種植戶 養殖戶 果農 菜農 茶農 棉農 漁民 支書 商戶 攤販 菜販 個體戶");
        /** Verbs of speech and roles written after a name ("郑国强介绍", "刘建平局长"). */
        private static final Set<String> CUES_AFTER = words("表示 说 说道 介绍 称 指出 告诉 认为 强调 透露 坦言 回忆 解释 谈到 提到 笑着说"
                + " 坦承 建议 补充 呼吁 承认 证实 宣布 感慨 直言 局长 主任 经理 院长 教授 市长 总经理 工程师 先生 女士 博士 同志 书记"
                + " 部长 所长 校长 医生 律师 老师 委员 董事长 总裁 副 說 說道 介紹 稱 認為 強調 回憶 解釋 談到 坦言 建議 補充 呼籲"
                + " 承認 證實 宣佈 局長 經理 院長 市長 總經理 工程師 書記 部長 所長 校長 醫生 律師 老師 委員 董事長 總裁");
        /** What makes a name the reporter's or the editor's ("（记者 陈晓峰）", "责任编辑：林雪"), who is no person of the story. */
        private static final Set<String> BYLINES = words("记者 記者 编辑 編輯 通讯员 通訊員 摄影 攝影 作者 撰稿 实习生 實習生");
        private static final int ROLE_LONGEST = longest(ROLES_BEFORE), CUE_LONGEST = longest(CUES_AFTER),
                BYLINE_LONGEST = longest(BYLINES);

        static void read(String text, Set<String> out) {
            int n = text.length();
            boolean listed = false;      // the last name ended a moment ago, before a "、"
            for (int i = 0; i < n; i++) {
                char c = text.charAt(i);
                int s = i + 1 < n && COMPOUND_FIRST.indexOf(c) >= 0 && COMPOUND.contains(text.substring(i, i + 2)) ? 2
                        : SURNAMES.indexOf(c) >= 0 ? 1 : 0;
                if (s == 0) {
                    listed &= c == '、';
                    continue;
                }
                if (byline(text, i)) continue;
                boolean roleBefore = listed || wordBefore(text, i, ROLES_BEFORE, ROLE_LONGEST);
                int g = givenLength(text, i + s, roleBefore);
                listed = false;
                // "常常说": a character said twice is a word, not a surname and a given name
                if (g == 0 || WORDS.contains(text.substring(i, i + 2)) || i + 3 <= n && WORDS.contains(text.substring(i, i + 3))
                        || text.charAt(i + 1) == c) continue;
                out.add(text.substring(i, i + s + g));
                i += s + g - 1;
                listed = roleBefore && i + 1 < n && text.charAt(i + 1) == '、';
            }
        }

        /** How many given-name characters follow the surname, to a cue after them or (after a role) two; 0: no name. */
        private static int givenLength(String text, int at, boolean roleBefore) {
            int valid = 0;
            while (valid < 2 && at + valid < text.length() && given(text.charAt(at + valid))) valid++;
            for (int g = valid; g >= 1; g--) {
                if (wordAt(text, at + g, CUES_AFTER, CUE_LONGEST) > 0) return g;
            }
            if (!roleBefore || valid == 0) return 0;
            return valid;
        }

        private static boolean given(char c) {
            return han(c) && NOT_GIVEN.indexOf(c) < 0;
        }

        /** A byline word just before, with at most a space or a colon between ("记者 陈晓峰", "责任编辑：林雪"). */
        private static boolean byline(String text, int at) {
            int k = at;
            while (k > 0 && " \u3000:\uFF1A".indexOf(text.charAt(k - 1)) >= 0 && at - k < 2) k--;
            return wordBefore(text, k, BYLINES, BYLINE_LONGEST);
        }
    }

    /**
     * Japanese: a common surname in kanji and a given name of one to three kanji, before an honorific or a role
     * ("山本健一さん", "中村大輔氏", "田中一郎社長"), or before は/が in a sentence that says they spoke ("…と話した").
     * A name alone in brackets (【田中裕子】, （田中裕子）) or before 記者 is the byline.
     */
    private static final class Japanese {
        private static final Set<String> SURNAMES = words("佐藤 鈴木 高橋 田中 伊藤 渡辺 渡邊 渡部 山本 中村 小林 加藤 吉田 山田 佐々木 山口 松本 井上"
                + " 木村 林 斎藤 斉藤 齋藤 清水 山崎 森 池田 橋本 阿部 石川 山下 中島 石井 小川 前田 岡田 長谷川 藤田 後藤 近藤 村上 遠藤 青木"
                + " 坂本 斉木 福田 太田 西村 藤井 金子 岡本 藤原 中野 三浦 原田 中川 松田 竹内 小野 田村 中山 和田 石田 森田 上田 原 柴田"
                + " 酒井 工藤 横山 宮崎 宮本 内田 高木 安藤 島田 谷口 大野 高田 丸山 今井 河野 藤本 村田 武田 上野 杉山 増田 小山 大塚 平野"
                + " 菅原 久保 松井 千葉 岩崎 桜井 野口 木下 松尾 菊地 野村 新井 渡部 佐野 大西 杉本 浜田 菅野 市川 古川 水野 小島 西田 高野"
                + " 小松 山内 吉川 中西 北村 安田 五十嵐 川口 関 石原 松岡 田口 中田 辻 服部 本田 樋口 秋山 岩田 永井 中尾 森本 堀 土屋"
                + " 矢野 広瀬 荒井 大橋 松下 内藤 平田 吉村 久保田 西川 川村 五味 星野 大久保 野田 岩本 松浦 片山 北川 桑原 小西 菅 早川"
                + " 尾崎 望月 根本 原口 関口 飯田 大石 上原 熊谷 川上 大谷 須藤 堀内 森下 西本 岡崎 小池 河合 荒木 宮田 細川 吉岡 荻野"
                + " 長田 浅野 大川 平井 堀田 杉浦 川崎 藤川 福島 三宅 黒田 本間 中本 小田 福井 梅田 坂口 宮下 大山 奥村 松村 小野寺 堤"
                + " 岡 今村 栗原 富田 大島 川島 浅井 飯島 前川 水谷 石橋 田辺 小沢 小澤 北野 白石 稲葉 木内 川田 福本 植田 宇野"
                + " 江口 竹田 小原 岸 古田 吉野 沢田 澤田 内山 高山 安部 大森 松原 長尾 米田 西山 池上 萩原 八木 中井 広田 坂井 中谷 長嶋 古市 中原 高島 畑 白山 石破 岸田 菅義 野田 枝野 小泉 麻生 安倍 福山 玉木 志位");
        /** Honorifics and roles after a name; 記者 is the reporter's byline. */
        private static final Set<String> CUES = words("さん 氏 様 君 ちゃん 社長 支社長 支店長 本部長 幹事長 事務局長 学長 議長 副知事 副市長"
                + " 教授 准教授 市長 部長 代表 会長 知事 議員 監督 選手 課長 所長"
                + " 院長 校長 理事長 委員長 局長 室長 店主 容疑者 被告 弁護士 医師 首相 大臣 長官 町長 村長 区長 総裁 委員 主任 係長 副社長"
                + " 専務 常務 取締役 館長 園長 師匠 名誉教授 准教授 講師 代表取締役 CEO 教諭 教頭 副校長 教員 保育士");
        /**
         * The cues only a person's name takes, written after it: the honorifics and the schoolteacher's title. Before one,
         * a name of four or five kanji is a surname of two and a given name, whether the list knows the surname or not
         * ("梶原真理子さん"); a body's name ends in a word of its own ("日本銀行総裁") and goes before a role, not these.
         */
        private static final Set<String> PERSONAL_CUES = words("さん 氏 様 君 ちゃん 教諭");
        /** Kanji that end the trade before an honorific ("運転手さん", "看護師さん", "会社員さん"), no given name. */
        private static final String TRADE_LAST = "師士員者手生長人家";
        /** Kanji that end a place or a body, not a given name ("岡山県知事", "新潟市長"). */
        private static final String NOT_GIVEN_LAST = "県市町村区都府道州郡省国駅社党局署校院館所会部課庁園島山川";
        private static final Set<String> SPOKE = words("話した 述べた 語った 明らかにした 説明した 強調した 話す 語る");
        private static final int SURNAME_LONGEST = longest(SURNAMES), CUE_LONGEST = longest(CUES);

        static void read(String text, Set<String> out) {
            int n = text.length();
            for (int i = 0; i < n; ) {
                if (!han(text.charAt(i))) {
                    i++;
                    continue;
                }
                int end = i;
                while (end < n && han(text.charAt(end))) end++;
                // the roles are kanji too: a run "山本健一社長" ends in its cue, the longest one ("支社長", not "社長")
                int nameEnd = -1;
                for (int k = i + 1; k < end && nameEnd < 0; k++) {
                    int cue = wordAt(text, k, CUES, CUE_LONGEST);
                    if (cue == end - k) nameEnd = k;
                }
                if (nameEnd < 0 && (wordAt(text, end, CUES, CUE_LONGEST) > 0 || spoke(text, end) || roleAfterDot(text, end))) nameEnd = end;
                if (nameEnd > i && !byline(text, i, nameEnd)) {
                    String name = name(text, i, nameEnd);
                    if (name == null && wordAt(text, nameEnd, PERSONAL_CUES, 3) > 0 && nameEnd - i >= 4 && nameEnd - i <= 5
                            && NOT_GIVEN_LAST.indexOf(text.charAt(nameEnd - 1)) < 0 && TRADE_LAST.indexOf(text.charAt(nameEnd - 1)) < 0) {
                        name = text.substring(i, nameEnd);
                    }
                    if (name != null) out.add(name);
                }
                i = end;
            }
        }

        /** Surname and given name ending at {@code end}: a given name of two kanji, else one, else three. */
        private static String name(String text, int from, int end) {
            if (NOT_GIVEN_LAST.indexOf(text.charAt(end - 1)) >= 0) return null;
            for (int g : new int[] {2, 1, 3}) {
                int surnameEnd = end - g;
                // a one-kanji surname ("林", "森") is also a word's last kanji: only where the run of kanji starts
                for (int s = Math.min(SURNAME_LONGEST, surnameEnd - from); s >= 1; s--) {
                    if ((s > 1 || surnameEnd - 1 == from) && SURNAMES.contains(text.substring(surnameEnd - s, surnameEnd))) {
                        return text.substring(surnameEnd - s, end);
                    }
                }
            }
            return null;
        }

        /** "岡田直樹・企画課長": a middle dot, then a run of kanji that ends in a role. */
        private static boolean roleAfterDot(String text, int at) {
            if (at >= text.length() || text.charAt(at) != '・') return false;
            int end = at + 1;
            while (end < text.length() && han(text.charAt(end))) end++;
            for (int k = at + 1; k < end; k++) if (wordAt(text, k, CUES, CUE_LONGEST) == end - k) return true;
            return false;
        }

        /** は or が after the name, and a verb of speech before the sentence ends. */
        private static boolean spoke(String text, int at) {
            if (at >= text.length() || text.charAt(at) != 'は' && text.charAt(at) != 'が') return false;
            int stop = text.indexOf('。', at);
            String sentence = text.substring(at, stop < 0 ? text.length() : stop);
            for (String v : SPOKE) if (sentence.contains(v)) return true;
            return false;
        }

        private static boolean byline(String text, int from, int end) {
            if (text.startsWith("記者", end)) return true;
            char before = from > 0 ? text.charAt(from - 1) : 0;
            char after = end < text.length() ? text.charAt(end) : 0;
            return (before == '【' || before == '（' || before == '(') && (after == '】' || after == '）' || after == ')');
        }
    }

    /**
     * Korean: a word of three syllables (four with a two-syllable surname) that opens with a common surname, before
     * a role or 씨, glued or as the next word ("윤정호 과장은", "김태윤(34)씨는"). Before 기자 it is the byline.
     */
    private static final class Korean {
        /** The common surnames; rare ones that also open everyday words (도, 사, 부, 기, 인) are left out. */
        private static final String SURNAMES = "김이박최정강조윤장임한오서신권황안송류유홍전고문양손배백허남심노하곽성차주우구민진나지엄채"
                + "원천방공현함변염여추석선설마길연위표왕";
        private static final Set<String> COMPOUND = words("남궁 황보 제갈 선우 독고 사공 서문");
        private static final Set<String> ROLES = words("씨 교수 대표 장관 차관 시장 의원 위원장 사장 과장 팀장 국장 부장 실장 차장 소장 원장 회장"
                + " 이사장 총장 의장 대변인 연구원 연구위원 변호사 감독 선수 대통령 총리 구청장 군수 도지사 지사 청장 본부장 센터장 관장"
                + " 이사 전무 상무 주무관 경위 경감 작가 교사 선생 박사 부회장 부사장 대표이사 교장 교감"
                // and the forms of address of a young woman and a young man, as news writes a pupil's name ("김하늘 양은")
                + " 양 군");
        private static final Set<String> BYLINES = words("기자 특파원 통신원");
        /** What a role takes after it: particles, the copula, an honorific ("과장은", "대표이며", "교수님"). */
        private static final Set<String> ROLE_ENDINGS = words("은 는 이 가 을 를 의 도 과 와 에게 께서 님 이며 이자 이라며 으로 로 에 만 도 측");
        /**
         * Particles that end a noun of two syllables ("정부는", "시장을"), and the endings of a city, a county, a province or
         * a university ("인천시 시장", "서울대 교수는"): no given name ends so.
         */
        private static final String NOT_LAST = "는을를의도에와과로시군읍면청처대";
        private static final int ROLE_LONGEST = longest(ROLES);

        static void read(String text, Set<String> out) {
            String[] words = text.split("[\\s\u00A0]+");
            for (int w = 0; w < words.length; w++) {
                String word = words[w];
                int s = word.length() >= 2 && COMPOUND.contains(word.substring(0, 2)) ? 2
                        : !word.isEmpty() && SURNAMES.indexOf(word.charAt(0)) >= 0 ? 1 : 0;
                int len = s + 2;
                if (s == 0 || word.length() < len || !syllables(word, len) || NOT_LAST.indexOf(word.charAt(len - 1)) >= 0) continue;
                String rest = word.substring(len);
                // "김태윤(34)씨는": an age in brackets between the name and its cue
                if (rest.startsWith("(")) {
                    int close = rest.indexOf(')');
                    rest = close < 0 ? "" : rest.substring(close + 1);
                }
                if (!rest.isEmpty() && hangul(rest.charAt(0))) {
                    if (rest.startsWith("기자")) continue;
                    if (role(rest)) out.add(word.substring(0, len));
                    continue;
                }
                if (!rest.isEmpty() && !punctuation(rest) || w + 1 >= words.length) continue;
                // "김민준 서울대병원 응급의학과 교수는": the name, where the person works, then the role
                int r = w + 1;
                while (r < words.length - 1 && r <= w + AFFILIATION_WORDS && affiliation(words[r])) r++;
                String next = words[r];
                if (wordAt(next, 0, BYLINES, 3) > 0) continue;
                if (role(next)) {
                    out.add(word.substring(0, len));
                    w = r;                               // "최영호 신경외과장은": the role, though it opens with a surname, is no name
                }
            }
        }

        /** How many words may name where a person works, between the name and the role ("서울대병원 응급의학과"). */
        private static final int AFFILIATION_WORDS = 2;
        /** The last syllables of the names of hospitals, departments, ministries, offices and associations. */
        private static final Set<String> AFFILIATION_ENDINGS = words("병원 의원 과 부 청 처 원 회 협회 학회 대 대학교 센터 연구소 재단 공단 본부 국 실 팀 시 군 구");

        /** "서울대병원", "응급의학과", "보건복지부", "대한의사협회": a word of Hangul alone that names a workplace. */
        private static boolean affiliation(String word) {
            if (word.length() < 2 || !syllables(word, word.length())) return false;
            for (int len = Math.min(4, word.length() - 1); len > 0; len--) {
                if (AFFILIATION_ENDINGS.contains(word.substring(word.length() - len))) return true;
            }
            return false;
        }

        /**
         * A role as a whole word, or with a particle after it: "대표는", not "대표적인"; or a role of two syllables or more
         * written as one word with what it is a role in ("응급의학과장은", "신경외과장", "홍보팀장이").
         */
        private static boolean role(String word) {
            int end = word.length();
            while (end > 0 && !hangul(word.charAt(end - 1))) end--;
            for (int from = 0; from == 0 || from <= end - 2; from = from == 0 ? 2 : from + 1) {
                for (int len = Math.min(ROLE_LONGEST, end - from); len >= (from == 0 ? 1 : 2); len--) {
                    if (ROLES.contains(word.substring(from, from + len))
                            && (from + len == end || ROLE_ENDINGS.contains(word.substring(from + len, end)))) return true;
                }
            }
            return false;
        }

        private static boolean syllables(String word, int len) {
            for (int i = 0; i < len; i++) if (!hangul(word.charAt(i))) return false;
            return true;
        }

        private static boolean punctuation(String rest) {
            for (int i = 0; i < rest.length(); i++) if (Character.isLetterOrDigit(rest.charAt(i))) return false;
            return true;
        }
    }

    /**
     * Hindi: a known given name and one or two more name words, the last a known surname or given name, or vouched
     * for by a title before (श्री, डॉ.) or a verb of speech after ("ने कहा", "ने बताया"). Titles are dropped.
     */
    private static final class Hindi {
        private static final Set<String> GIVEN = words("राजेश राकेश रमेश सुरेश महेश दिनेश गणेश मुकेश उमेश नरेश योगेश अखिलेश"
                + " राहुल रोहित अमित सुमित अंकित मोहित विकास विनोद विजय अजय संजय अभय उदय अनिल सुनील कपिल राजीव संजीव प्रदीप संदीप"
                + " कुलदीप मनोज सरोज अशोक आलोक विवेक दीपक प्रकाश आकाश अरविंद गोविंद मुकुंद नरेंद्र राजेंद्र सुरेंद्र महेंद्र धर्मेंद्र"
                + " जितेंद्र वीरेंद्र देवेंद्र योगेंद्र शैलेंद्र उपेंद्र राघव माधव केशव गौरव सौरभ वैभव अभिषेक अनुराग पंकज नीरज धीरज"
                + " पवन गगन चमन अमन रवि शशि हरि कृष्ण राम श्याम मोहन सोहन रोहन सचिन नितिन जतिन अर्जुन करण वरुण तरुण अरुण किरण"
                + " आदित्य सत्यम शिवम सुभाष आशीष मनीष हरीश गिरीश सतीश जगदीश रजनीश अवनीश विशाल कुणाल निखिल सुशील अतुल राहुल विपिन"
                + " प्रशांत हेमंत वसंत अनंत निशांत प्रवीण नवीन अश्विनी लोकेश भूपेंद्र शिवराज युवराज पृथ्वीराज बलराम घनश्याम"
                + " रामेश्वर परमेश्वर ओमप्रकाश जयप्रकाश वेद ओम भरत लक्ष्मण शत्रुघ्न गोपाल भूपाल जयपाल देवपाल नंदलाल मोतीलाल"
                + " मोहम्मद मुहम्मद अहमद महमूद इमरान इरफान इरफ़ान आरिफ आरिफ़ आसिफ आसिफ़ अकरम असलम सलीम नदीम वसीम शाहिद ज़ाहिद जाहिद"
                + " रशीद राशिद फ़ैज़ फैज अब्दुल अली हसन हुसैन सलमान शाहरुख आमिर फरहान रिज़वान रिजवान अनवर जावेद तारिक शकील"
                + " गुरप्रीत हरप्रीत मनप्रीत जसप्रीत सुखविंदर हरजीत परमजीत बलविंदर"
                + " पूजा प्रिया नेहा अंजलि अंजली सीमा रीना मीना सुनीता अनीता विनीता गीता सीता रीता कविता सविता ममता समता सुषमा"
                + " पूनम सोनम रश्मि स्मिता अर्चना वंदना साधना कल्पना रचना भावना प्रियंका निशा उषा आशा दिशा शिल्पा श्वेता"
                + " श्रुति स्वाति ज्योति आरती भारती शालिनी मालिनी रागिनी कामिनी मोनिका राधिका दीपिका रेखा लेखा सरिता अनुराधा"
                + " माधुरी मधु मंजू संजू रानी लक्ष्मी सरस्वती पार्वती कमला विमला निर्मला उर्मिला शर्मिला प्रमिला सुमन"
                + " नीलम शबाना फातिमा फ़ातिमा आयशा ज़ैनब नसरीन रुखसाना शबनम सानिया तनुजा अनुष्का ऐश्वर्या कंगना दीप्ति नीतू"
                + " मीनाक्षी पल्लवी रूपा अपर्णा अदिति");
        /** Surnames and the middle names that stand where one does ("कुमार", "प्रसाद"). */
        private static final Set<String> SURNAMES = words("कुमार प्रसाद चंद्र चन्द्र नाथ लाल शर्मा वर्मा गुप्ता मिश्रा मिश्र"
                + " तिवारी त्रिपाठी पांडे पाण्डेय पांडेय दुबे द्विवेदी चतुर्वेदी त्रिवेदी शुक्ला श्रीवास्तव सक्सेना अग्रवाल"
                + " जैन सिंह चौहान राठौर राठौड़ यादव पटेल शाह मेहता देसाई जोशी कुलकर्णी देशपांडे पाटिल पवार शिंदे चव्हाण गायकवाड़ जाधव"
                + " रेड्डी नायडू राव नायर मेनन पिल्लई अय्यर अय्यंगार बनर्जी चटर्जी मुखर्जी बोस घोष दास सेन दत्ता गांगुली भट्टाचार्य"
                + " चौधरी ठाकुर कपूर खन्ना मल्होत्रा चोपड़ा भाटिया अरोड़ा सेठी बत्रा गिल सिद्धू संधू ढिल्लों बाजवा ग्रेवाल"
                + " खान कुरैशी अंसारी सिद्दीकी शेख़ शेख सैयद हुसैन रिज़वी रिजवी नकवी फारूकी फ़ारूक़ी"
                + " राय रॉय कश्यप भारद्वाज अवस्थी बाजपेयी वाजपेयी दीक्षित शास्त्री पाठक उपाध्याय पुरोहित भट्ट भट जोशी"
                + " रावत नेगी बिष्ट रस्तोगी माथुर भटनागर खरे कटियार गंगवार मौर्य कुशवाहा पासवान मांझी बघेल सोलंकी परमार");
        private static final Set<String> TITLES = words("श्री श्रीमती सुश्री डॉ. डॉ डॉक्टर प्रो. प्रोफेसर कुमारी");
        /** Verbs of speech and postpositions after a name: "ने कहा", "जी", "का कहना", "को डर है". */
        private static final Set<String> AFTER = words("ने जी");
        /** Names that open a Muslim name, whose next word is often a given name too ("मोहम्मद आरिफ़"). */
        private static final Set<String> LEADS = words("मोहम्मद मुहम्मद मो. अब्दुल सैयद");

        static void read(String text, Set<String> out) {
            List<String> w = new ArrayList<>();
            for (String t : text.split("[\\s\u00A0]+")) if (!t.isEmpty()) w.add(t);
            for (int i = 0; i < w.size(); i++) {
                boolean titled = i > 0 && TITLES.contains(w.get(i - 1));
                boolean known = GIVEN.contains(key(bare(w.get(i)))) || LEADS.contains(w.get(i));
                int end = i + 1;
                while (end < w.size() && end - i < 3 && !ended(w.get(end - 1)) && nameWord(bare(w.get(end)))) end++;
                // a given name the table lacks, before a known surname, with a title or a verb of speech: "श्रीमती संयुक्ता भाटिया"
                if (!known && (end - i != 2 || !SURNAMES.contains(key(bare(w.get(end - 1)))) || !titled && !cuedAt(w, end)
                        || !devanagari(w.get(i).charAt(0)) || ended(w.get(i)))) continue;
                // a surname the table lacks, before "ने": "वैभव गालरिया ने बताया", "उमेश चंद्र गणेश केसरवानी ने कहा"
                if (end + 1 < w.size() && !ended(w.get(end - 1)) && !ended(w.get(end)) && cuedAt(w, end + 1) && surnameLike(w.get(end))) {
                    end++;
                }
                if (end - i < 2) continue;
                String last = key(bare(w.get(end - 1)));
                boolean cued = titled || !ended(w.get(end - 1)) && cuedAt(w, end);
                // two given names ("दुर्गा पूजा" is a festival, "पूजा अर्चना" a rite) need a cue, unless the first opens such names
                if (!SURNAMES.contains(last) && !(cued || LEADS.contains(w.get(i)) && GIVEN.contains(last))) continue;
                StringBuilder name = new StringBuilder();
                for (int k = i; k < end; k++) name.append(k > i ? " " : "").append(bare(w.get(k)));
                out.add(name.toString());
                i = end - 1;
            }
        }

        /** Bodies that speak as a person does ("पूजा समिति ने", "आशा कार्यकर्ताओं ने"): no surname. */
        private static final Set<String> BODIES = words("समिति सरकार विभाग निगम परिषद संघ बोर्ड कंपनी पुलिस प्रशासन मंत्रालय आयोग"
                + " टीम पार्टी दल ट्रस्ट बैंक अदालत कोर्ट मंडल संगठन संस्था प्राधिकरण");

        /** An unknown word that may be a surname: Devanagari, no body, no plural ("कार्यकर्ताओं"). */
        private static boolean surnameLike(String word) {
            return devanagari(word.charAt(0)) && !AFTER.contains(word) && !BODIES.contains(word) && !word.endsWith("ों")
                    && !word.endsWith("ओं");
        }

        private static boolean cuedAt(List<String> w, int at) {
            return at < w.size() && AFTER.contains(w.get(at));
        }

        private static boolean nameWord(String word) {
            String k = key(word);
            return SURNAMES.contains(k) || GIVEN.contains(k);
        }

        /** The word ends a clause: a comma, a danda or a full stop after it. */
        private static boolean ended(String word) {
            char c = word.charAt(word.length() - 1);
            return c == ',' || c == '\u0964' || c == '.' && !TITLES.contains(word);
        }

        /** Without the punctuation around it. */
        private static String bare(String word) {
            int from = 0, to = word.length();
            while (from < to && !devanagari(word.charAt(from))) from++;
            while (to > from && !devanagari(word.charAt(to - 1)) || to > from && word.charAt(to - 1) == '\u0964') to--;
            return word.substring(from, to);
        }

        /** The word without nuktas, as the lists write it ("आरिफ़" and "आरिफ" meet). */
        private static String key(String word) {
            if (word.indexOf('\u093C') < 0 && word.chars().noneMatch(c -> c >= 0x0958 && c <= 0x095F)) return word;
            return Normalizer.normalize(word, Normalizer.Form.NFD).replace("\u093C", "");
        }
    }

    /**
     * Greek: a known given name in any case, and a capitalised surname after it. The text's genitive or accusative is
     * turned back into the nominative the person is known by ("του Γιώργου Παπαδόπουλου", "τον Νίκο Τσολάκη"); a
     * woman's surname keeps its one form. Not after a word that makes the pair a street, a square or a saint's place.
     */
    private static final class Greek {
        /** Men's given names in the nominative; their genitive and accusative are made by rule. */
        private static final String MEN = "Γιώργος Γεώργιος Νίκος Νικόλαος Κώστας Κωνσταντίνος Δημήτρης Δημήτριος Γιάννης Ιωάννης"
                + " Παναγιώτης Βασίλης Βασίλειος Χρήστος Αντώνης Αντώνιος Μιχάλης Μιχαήλ Θανάσης Αθανάσιος Σπύρος Σπυρίδων Ευάγγελος"
                + " Βαγγέλης"
                + " Στέλιος Στυλιανός Άγγελος Αλέξανδρος Αλέξης Μανώλης Πέτρος Παύλος Ανδρέας Θοδωρής Θεόδωρος Τάσος Αναστάσιος Σταύρος"
                + " Λευτέρης Ελευθέριος Ηλίας Μάριος Άρης Κυριάκος Πάνος Φώτης Σωτήρης Χαράλαμπος Μπάμπης Τάκης Ηρακλής Απόστολος Λάμπρος"
                + " Γρηγόρης Μάρκος Φίλιππος Οδυσσέας Θεμιστοκλής Ιάσονας Άκης Ζήσης Σάκης Μάκης Λάκης Μηνάς Περικλής Αχιλλέας Λεωνίδας"
                + " Σάββας"
                + " Τηλέμαχος Προκόπης Χαρίλαος Θωμάς Στάθης Ευστάθιος Αριστείδης Νεκτάριος Διονύσης Διονύσιος Γεράσιμος Ορέστης Κλεάνθης";
        private static final String WOMEN = "Μαρία Ελένη Αικατερίνη Κατερίνα Βασιλική Σοφία Αγγελική Γεωργία Δήμητρα Κωνσταντίνα"
                + " Παρασκευή Ευαγγελία Χριστίνα Ιωάννα Αναστασία Ειρήνη Δέσποινα Νίκη Αθηνά Φωτεινή Χρυσούλα Ζωή Άννα Ευτυχία Γιάννα"
                + " Μαρίνα Νικολέτα Αλεξάνδρα Στέλλα Ναταλία Έφη Φανή Ράνια Λένα Θεοδώρα Χαρά Ευγενία Όλγα Πηνελόπη Τατιάνα Ξανθή Ρένα"
                + " Σταυρούλα Παναγιώτα Ευδοκία Κυριακή Αντωνία Ελευθερία Μαρκέλλα Λίνα Δανάη Ιφιγένεια Βαρβάρα Θεανώ Αφροδίτη Χαρίκλεια"
                + " Ευθυμία Μαγδαληνή Καλλιόπη Πολυξένη Αμαλία Ρούλα Τούλα Βάσω Μυρτώ Κλεοπάτρα";
        /** Genitives whose stress moves to the next-to-last syllable ("Αλέξανδρος", "Αλεξάνδρου"). */
        private static final String MOVED_GENITIVES = "Αλεξάνδρου Θεοδώρου Αποστόλου Φιλίππου Αγγέλου Ευαγγέλου Χαραλάμπου"
                + " Νικολάου Κωνσταντίνου Αναστασίου Αθανασίου Βασιλείου Δημητρίου Γεωργίου Αντωνίου Στυλιανού Ελευθερίου Ευσταθίου"
                + " Διονυσίου Τηλεμάχου Σπυρίδωνος";
        private static final Set<String> PLACES = words("οδός οδό οδού οδών Οδός Οδό πλατεία πλατείας Πλατεία λεωφόρος λεωφόρο λεωφόρου"
                + " Λεωφόρος Λεωφόρο Λεωφόρου Αγίου Αγίας Αγίων Άγιος Αγία σταθμό σταθμού σταθμός γήπεδο γηπέδου νοσοκομείο"
                + " νοσοκομείου"
                + " αεροδρόμιο αεροδρομίου οδο Ιδρύματος Ίδρυμα ίδρυμα ιδρύματος");

        /** Each written form of a given name: its nominative and whether a man carries it. */
        private record Form(String nominative, boolean man) {}

        /** A man's nominative ending, and his genitive's and accusative's. */
        private static final String[][] MAN_ENDINGS = {{"ος", "ου", "ο"}, {"ός", "ού", "ό"}, {"ης", "η", "η"}, {"ής", "ή", "ή"},
                {"ας", "α", "α"}, {"άς", "ά", "ά"}, {"ων", "ωνος", "ωνα"}};
        private static final Map<String, Form> FORMS = forms();

        private static Map<String, Form> forms() {
            Map<String, Form> m = new HashMap<>();
            Map<String, String> moved = new HashMap<>();
            for (String g : MOVED_GENITIVES.split(" ")) moved.put(strip(g), g);
            for (String n : MEN.split("\\s+")) {
                m.put(n, new Form(n, true));
                for (String f : manForms(n)) m.putIfAbsent(f, new Form(n, true));
                if (n.endsWith("ος")) {
                    String gen = moved.get(strip(n.substring(0, n.length() - 2) + "ου"));
                    if (gen != null) m.put(gen, new Form(n, true));
                } else if (n.endsWith("ων")) {
                    String gen = moved.get(strip(n + "ος"));
                    if (gen != null) m.put(gen, new Form(n, true));
                }
            }
            for (String n : WOMEN.split("\\s+")) {
                m.put(n, new Form(n, false));
                m.putIfAbsent(n + "ς", new Form(n, false));
            }
            return m;
        }

        /** The genitive and accusative of a man's name or surname, by its ending ("Νίκος": "Νίκου", "Νίκο"). */
        private static List<String> manForms(String n) {
            for (String[] e : MAN_ENDINGS) {
                if (n.endsWith(e[0])) {
                    String stem = n.substring(0, n.length() - e[0].length());
                    return List.of(stem + e[1], stem + e[2]);
                }
            }
            return List.of();
        }

        static void read(String text, Set<String> out) {
            List<String> w = new ArrayList<>();
            for (String t : text.split("[^\\p{L}\\-]+")) if (!t.isEmpty()) w.add(t);
            for (int i = 0; i + 1 < w.size(); i++) {
                Form f = FORMS.get(w.get(i));
                String surname = w.get(i + 1);
                if (f == null || !capitalised(surname) || i > 0 && PLACES.contains(w.get(i - 1))) continue;
                boolean inflected = !f.nominative().equals(w.get(i));
                out.add(f.nominative() + " " + (f.man() && inflected ? manNominative(surname) : surname));
                i++;
            }
        }

        /** A man's surname in the nominative from its genitive or accusative ("Τσολάκη": "Τσολάκης"). */
        private static String manNominative(String s) {
            for (String[] e : MAN_ENDINGS) {
                if (s.endsWith(e[0])) return s;   // already the nominative
            }
            if (s.endsWith("ου")) return s.substring(0, s.length() - 2) + "ος";
            if (s.endsWith("ού")) return s.substring(0, s.length() - 2) + "ός";
            char last = s.charAt(s.length() - 1);
            return switch (last) {
                case 'ο', 'ό', 'η', 'ή', 'α', 'ά' -> s + "ς";
                default -> s;
            };
        }

        private static boolean capitalised(String word) {
            return word.length() > 1 && greek(word.charAt(0)) && Character.isUpperCase(word.charAt(0))
                    && Character.isLowerCase(word.charAt(1));
        }

        /** Without its accents, to match a genitive whose stress moved. */
        private static String strip(String word) {
            return Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        }
    }

    /**
     * Arabic, Persian and Hebrew: words spaced but uncased, so a name starts at a known given name or after a title
     * ("المهندس", "دکتر", "ד\"ר"), in a sentence that speaks (a verb of speech) or beside a role, and runs through given
     * names and particles ("عبد", "بن") to the first other word, the family name ("خالد عبد الرحمن الزعبي", "زهرا
     * کاظمی‌پور" with its zero-width non-joiner, "יוסי בן-חמו"). A letter glued before a given name (Arabic "و", "ب", "ل";
     * Hebrew "ו", "ה", "ש", "ל") is dropped only where the rest is a known given name. A byline's name or one after
     * a street's, a city's or a university's word is no person.
     */
    private static final class Spaced {
        /**
         * One language's tables; {@code glued}: the letters that may be glued before a word; {@code most}: the most words
         * a name holds; {@code noName}: how words open that no name opens so (Arabic "للنقل", "بالهيئة": a preposition and
         * the article glued on).
         */
        private record Cues(Set<String> given, Set<String> titles, Set<String> roles, Set<String> speech, Set<String> stops,
                Set<String> particles, Set<String> suffixes, Set<String> before, String glued, int most, List<String> noName) {}

        private static final Cues ARABIC = new Cues(
                words("محمد أحمد محمود مصطفى علي حسن حسين خالد عمر عمرو عثمان إبراهيم إسماعيل يوسف يونس موسى عيسى سليمان داود"
                        + " طارق زياد سامي سامر سمير ماهر ناصر فيصل فهد سلطان سعد سليم جمال كمال عاطف عماد إياد رائد رامي رامز"
                        + " بسام وليد هشام هاني هيثم وائل نبيل جلال بلال أنس أيمن أسامة أشرف أكرم حازم حاتم حمزة حمدي صلاح فؤاد"
                        + " فارس فراس مازن معاذ منذر منصور نزار نضال غسان قاسم لؤي مراد مهند نايف هاشم ياسر ياسين يحيى زيد"
                        + " زكريا عبدالله عبدالرحمن عبدالعزيز توفيق رياض شادي طلال عصام عزام مجدي ممدوح عدنان جهاد عمار"
                        + " فاطمة عائشة مريم زينب خديجة سارة رنا رانيا ريم ريما رهف دانة دينا ديما هالة هبة هند ليلى لينا لبنى"
                        + " مها نورا نادية نسرين نجلاء سلمى سعاد سناء سهى سوسن عبير علا غادة لمى ميساء ميسون وفاء ياسمين آمنة"
                        + " شيماء رغد حنان منال نهى"),
                words("الدكتور الدكتورة د المهندس المهندسة السيد السيدة الشيخ الأستاذ الأستاذة المحامي المحامية اللواء العميد"
                        + " العقيد"),
                roles("وزير وزيرة مدير مديرة رئيس رئيسة أمين محافظ عميد نائب مستشار مسؤول مسؤولة عضو الناطق المتحدث الطالب"
                        + " الطالبة المواطن المواطنة سائق موظف موظفة أستاذ أستاذة خبير خبيرة"),
                words("قال قالت أكد أكدت أوضح أوضحت أضاف أضافت صرح صرحت أشار أشارت بينت ذكر ذكرت لفت لفتت يقول تقول"
                        + " أعلن أعلنت بحسب وفق وفقا"),
                words("في من على إلى عن مع أن إن إنه إنها أنه أنها بأن لأن قد لقد كان كانت هذا هذه ذلك تلك الذي التي الذين"
                        + " أو ثم حيث خلال بعد قبل عند بين حول منذ يوم اليوم أمس غدا لم لن لا ما كما وقد كل غير هو هي وهو وهي"
                        + " حتى أيضا صباح مساء نحو عبر لدى إذ إذا عاما سنة سنوات"),
                words("عبد بن بنت بني أبو أم آل ابن"), Set.of(),
                words("بقلم كتب كتبت تصوير إعداد شارع جامعة مستشفى مسجد مدرسة مدينة مطار ميدان دوار حي جسر مؤسسة مركز قاعة"),
                "وبلف", 4, List.of("لل", "بال", "وال", "فال", "كال"));
        private static final Cues PERSIAN = new Cues(
                words("محمد علی حسین حسن مهدی رضا احمد محمود جواد مجید مسعود سعید حمید وحید امیر علیرضا محمدرضا حمیدرضا"
                        + " غلامرضا مصطفی مرتضی مجتبی ابراهیم اسماعیل یوسف یعقوب عباس قاسم هادی هاشم کاظم ناصر منصور بهروز بهزاد"
                        + " بهرام فرهاد فرزاد فریدون کامران کیوان سیاوش داریوش کوروش پرویز جمشید شهرام شهاب آرش بابک رامین"
                        + " سامان سینا نیما میلاد محسن ابوالفضل صادق باقر جعفر اکبر اصغر ایرج منوچهر نادر حامد سجاد عرفان مهران"
                        + " مهرداد فرشید فرید رحیم فاطمه زهرا مریم زینب سارا نرگس لیلا مینا شیما نازنین نسرین پریسا مهسا"
                        + " اعظم معصومه طاهره سمیه فرزانه فرشته شهلا مهناز مژگان آزاده سیمین پروین ژاله رویا هانیه کوثر ریحانه الناز"
                        + " سپیده صدیقه منیژه نیلوفر بهاره نگار مهتاب"),
                words("دکتر مهندس آقای خانم سرکار سردار"),
                words("مدیر مدیرعامل شهردار معاون رئیس استاد سخنگوی سخنگو وزیر استاندار فرماندار نماینده عضو کارشناس دبیر ساکن"
                        + " دانشجوی دانشجو راننده مسافر شهروند"),
                words("گفت گفته گوید می‌گوید میگوید افزود اظهار بیان تصریح تاکید تأکید خاطرنشان اعلام"),
                words("در از به با که را و این آن برای تا بر هم نیز یک روز امروز دیروز شب صبح پس پیش بعد قبل اما ولی یا هر"
                        + " همه خود او ما شما آنها است بود شد کرد کند شده است، سال ماه"),
                Set.of(), words("پور نژاد زاده فر راد نیا وند"),
                words("خبرنگار گزارش عکس نویسنده خیابان بزرگراه میدان بیمارستان دانشگاه مسجد مدرسه کوچه بلوار ایستگاه"),
                "", 3, List.of());
        private static final Cues HEBREW = new Cues(
                words("יוסי יוסף משה דוד אברהם יצחק יעקב שמואל אהרון דניאל מיכאל אבי אבנר אורי איתי עידו עומר אמיר רון ניר"
                        + " רמי שלמה מאיר אליהו יהודה עמית אלון אסף ערן אייל אילן גלעד זאב עוזי צבי רפי רועי יובל ירון יגאל"
                        + " דורון אריק מרים שרה רחל רבקה לאה אסתר רות נעמי מיכל נועה שירה תמר יעל ענת אורית אורנה טלי"
                        + " סיגל ליאת לימור הילה מירב רונית אילנה אביטל מיכאלה נטע הדס אפרת מאיה איילת גדעון מירי בנימין אביחי"
                        + " ענבר שמעון אהוד אריאל נפתלי יאיר עמיר אורן איתן נדב עופר אליעזר מנחם שאול נחום אבישי אלעד לירון אורלי"
                        + " שולמית ציפי יפעת רינה פנינה זהבה אסנת נורית סמדר דליה דורית עינב הגר"),
                words("ד\"ר ד״ר פרופ עו\"ד עו״ד מר גב הרב"),
                words("מנכ\"ל מנכ\"לית מנכ״ל מנכ״לית יו\"ר יו״ר ח\"כ ח״כ ראש דובר דוברת מנהל מנהלת השר שר השרה שרת סגן סגנית"
                        + " תושב תושבת נהג נהגת מהנדס מהנדסת ממונה מפקד חבר חברת"),
                words("אמר אמרה מסר מסרה הוסיף הוסיפה ציין ציינה סיפר סיפרה הסביר הסבירה לדברי טען טענה הודיע הודיעה אומר"
                        + " אומרת"),
                words("של את על עם כי גם לא אם או זה זו זאת הוא היא הם הן אני אנחנו היום אתמול מחר כבר רק עוד כל יותר בין"
                        + " אחרי לפני אשר כך"),
                words("בן בר אבו"), Set.of(),
                words("מאת צילום כתב כתבת תחקיר עריכה רחוב שדרות כיכר קריית קרית בית"),
                "והשל", 3, List.of());

        /** Role nouns, also with the article glued before them ("مدير", "المدير"). */
        private static Set<String> roles(String list) {
            Set<String> s = new HashSet<>(words(list));
            for (String w : list.strip().split("\\s+")) if (!w.startsWith("ال")) s.add("ال" + w);
            return WordSets.of(s.toArray(String[]::new));
        }

        static void read(String text, Cues c, Set<String> out) {
            String[] raw = text.split("[\\s\u00A0]+");
            int n = raw.length;
            String[] w = new String[n];
            for (int i = 0; i < n; i++) w[i] = bare(raw[i]);
            // whether each word's sentence holds a verb of speech, wherever it stands ("وقالت الطالبة … رنا …")
            boolean[] speaks = new boolean[n];
            for (int from = 0; from < n; ) {
                int to = from;
                boolean spoke = false;
                while (to < n) {
                    spoke |= in(c.speech(), w[to], c);
                    if (sentenceEnd(raw[to++])) break;
                }
                for (int k = from; k < to; k++) speaks[k] = spoke;
                from = to;
            }
            for (int i = 0; i < n; i++) {
                String first = c.given().contains(w[i]) ? w[i] : glued(w[i], c);
                String prev = i > 0 && !ended(raw[i - 1]) ? w[i - 1] : "";
                boolean titled = in(c.titles(), prev, c);
                // "شارع محمد نجيب", "מאת: דנה ...", but not "ראש עיריית שדרות, אלון ..." (a town, then a comma)
                boolean after = i > 0 && (!ended(raw[i - 1]) || raw[i - 1].endsWith(":")) && c.before().contains(w[i - 1]);
                if (first == null && !titled || !nameWord(w[i], c) || after) continue;
                if (first == null) first = w[i];
                if (!titled && !speaks[i] && !roleBefore(w, raw, i, c)) continue;
                StringBuilder name = new StringBuilder(first);
                int end = i + 1, words = 1;
                boolean family = false;
                while (end < n && words < c.most() && !family && !ended(raw[end - 1])) {
                    // after a particle any word is a name's ("أبو على", "בן דוד"), else no word that stands around one
                    boolean particle = c.particles().contains(w[end - 1]);
                    if (!(particle ? letters(w[end]) : nameWord(w[end], c))) break;
                    family = !particle && !c.given().contains(w[end]) && !c.particles().contains(w[end]);
                    name.append(' ').append(w[end++]);
                    words++;
                }
                if (end < n && !ended(raw[end - 1]) && c.suffixes().contains(w[end])) name.append(' ').append(w[end++]);
                if (words < 2 || c.particles().contains(w[end - 1])) continue;
                out.add(name.toString());
                i = end - 1;
            }
        }

        /** The known given name left once a glued letter is dropped ("ويوسف", "ומרים"), else null. */
        private static String glued(String word, Cues c) {
            if (word.length() < 3 || c.glued().indexOf(word.charAt(0)) < 0) return null;
            String rest = word.substring(1);
            return c.given().contains(rest) ? rest : null;
        }

        /** Whether the set holds the word, maybe with a glued letter ("وقال") or the Persian "می" ("می‌گوید") before it. */
        private static boolean in(Set<String> set, String word, Cues c) {
            return set.contains(word) || word.length() > 2 && c.glued().indexOf(word.charAt(0)) >= 0 && set.contains(word.substring(1))
                    || word.startsWith("می") && set.contains(word.substring(word.startsWith("می\u200C") ? 3 : 2));
        }

        /** A role among the four words before, in the same clause ("وقال مدير المشروع ..."). */
        private static boolean roleBefore(String[] w, String[] raw, int at, Cues c) {
            for (int k = at - 1; k >= 0 && k >= at - 4; k--) {
                if (sentenceEnd(raw[k])) return false;
                if (in(c.roles(), w[k], c)) return true;
            }
            return false;
        }

        /** A word that may stand in a name: letters, and none of the words that only stand around one. */
        private static boolean nameWord(String word, Cues c) {
            if (word.length() < 2 || c.stops().contains(word) || c.before().contains(word) || in(c.speech(), word, c)
                    || in(c.roles(), word, c) || in(c.titles(), word, c)) {
                return false;
            }
            for (String start : c.noName()) if (word.startsWith(start)) return false;
            return letters(word);
        }

        /** Letters, with a zero-width non-joiner, a hyphen or a geresh between them ("رضایی‌نژاد", "בן-חמו", "ד\"ר"). */
        private static boolean letters(String word) {
            for (int i = 0; i < word.length(); i++) {
                char ch = word.charAt(i);
                if (!Character.isLetter(ch) && ch != '\u200C' && ch != '-' && "\"'\u05F3\u05F4".indexOf(ch) < 0) return false;
            }
            return !word.isEmpty();
        }

        private static boolean sentenceEnd(String token) {
            char last = token.isEmpty() ? ' ' : token.charAt(token.length() - 1);
            return last == '.' || last == '!' || last == '?' || last == '\u061F';
        }

        /** The word closes a clause: a comma, a colon, a full stop or a closing quote after it (not "د.", a doctor's title). */
        private static boolean ended(String token) {
            char last = token.isEmpty() ? ' ' : token.charAt(token.length() - 1);
            return ",.:;!?\u060C\u061B\u061F\u00BB\"\u201D)".indexOf(last) >= 0 && !token.equals("د.");
        }

        /** Without the punctuation around it; a zero-width non-joiner, a hyphen or a geresh inside stays. */
        private static String bare(String token) {
            int from = 0, to = token.length();
            while (from < to && !Character.isLetter(token.charAt(from))) from++;
            while (to > from && !Character.isLetter(token.charAt(to - 1))) to--;
            return token.substring(from, to);
        }
    }

    /**
     * Thai: words are not spaced, phrases are. A title glued before the given name ("นาย", "นางสาว", "ดร."), a space, the
     * surname and a space or a verb of speech glued after it ("นางสาวกัญญารัตน์ ทองมาเปิดเผยว่า"). The title is dropped;
     * a given name alone ("นายวรวุฒิกล่าว") names nobody, and "นายก" (a mayor, a prime minister) or "นางพยาบาล" is no title.
     */
    private static final class Thai {
        /** Longest first where one opens another: "นางสาว" is not "นาง" and a given name starting "สาว". */
        private static final String[] TITLES = {"นางสาว", "นาย", "นาง", "น.ส.", "ดร.", "นพ.", "พญ.", "ผศ.", "รศ.", "ศ.",
                "พลตำรวจเอก", "พลตำรวจโท", "พลตำรวจตรี", "พลเอก", "พลโท", "พลตรี", "พล.ต.อ.", "พล.ต.ท.", "พล.ต.ต.", "พล.อ.", "พล.ท.",
                "พล.ต."};
        /** Words that open with a title but are none ("นายกรัฐมนตรี", "นางพยาบาล"): what follows the title. */
        private static final String[] NOT_GIVEN = {"กรัฐมนตรี", "กเทศมนตรี", "กฯ", "กสมาคม", "กองค์การ", "กอบต", "จ้าง", "หน้า",
                "ทะเบียน", "อำเภอ", "ทหาร", "ตำรวจ", "ช่าง", "พล", "สถานี", "ด่าน", "ประกัน", "งาม", "พยาบาล", "แบบ", "ฟ้า", "เอก",
                "ร้าย", "รำ", "ใน", "ทุน", "ห้าง"};
        /** Verbs of speech glued after a name. */
        private static final String[] SPEECH = {"กล่าวว่า", "กล่าว", "เปิดเผยว่า", "เปิดเผย", "ระบุว่า", "ระบุ", "ชี้แจงว่า",
                "ชี้แจง", "ให้สัมภาษณ์ว่า", "ให้สัมภาษณ์", "เผยว่า", "เผย", "บอกว่า", "ยืนยันว่า", "อธิบายว่า"};

        static void read(String text, Set<String> out) {
            int n = text.length();
            for (int i = 0; i < n; i++) {
                int t = title(text, i);
                if (t == 0) continue;
                int from = i + t;
                for (int more; (more = title(text, from)) > 0; ) from += more;   // "ผศ.ดร."
                // "ดร. สมชาย", "พลเอก ประยุทธ์": an abbreviated or a military title may stand apart
                if (from < n && text.charAt(from) == ' ' && (text.charAt(from - 1) == '.' || text.startsWith("พล", i))) from++;
                int givenEnd = run(text, from);
                if (givenEnd - from < 2 || givenEnd - from > 15 || givenEnd >= n || text.charAt(givenEnd) != ' ' || notGiven(text, from)
                        || speaks(text, from, givenEnd) >= 0) {
                    i = Math.max(i, givenEnd - 1);
                    continue;
                }
                int end = run(text, givenEnd + 1);
                int verb = speaks(text, givenEnd + 1, end);
                if (verb >= 0) end = verb;
                if (end - givenEnd - 1 < 2 || end - givenEnd - 1 > 20) continue;
                out.add(text.substring(from, end));
                i = end - 1;
            }
        }

        /** The title's length when one starts at {@code at}, else 0. */
        private static int title(String text, int at) {
            for (String t : TITLES) if (text.startsWith(t, at)) return t.length();
            return 0;
        }

        private static boolean notGiven(String text, int at) {
            for (String w : NOT_GIVEN) if (text.startsWith(w, at)) return true;
            return false;
        }

        /** Where a run of Thai letters from {@code at} ends. */
        private static int run(String text, int at) {
            int k = at;
            while (k < text.length() && thai(text.charAt(k))) k++;
            return k;
        }

        /** Where a verb of speech starts inside the run, else -1. */
        private static int speaks(String text, int from, int to) {
            for (int k = from + 1; k < to; k++) {
                for (String v : SPEECH) if (text.startsWith(v, k) && k + v.length() <= to) return k;
            }
            return -1;
        }
    }
}
