package org.dossier.render;

import freemarker.template.AdapterTemplateModel;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;

/**
 * Freemarker's default object wrapper, except that views (records, see {@link Views}) become hashes of their
 * components, each read through its accessor made accessible once per record class. Freemarker's own bean model reads
 * a component with a plain {@code Method.invoke}, which under C1 (see BoundedHeap) walks the stack to find its caller
 * at every read: at 10,000 articles a sixth of all template time. What templates see is the same.
 */
final class RecordWrapper extends DefaultObjectWrapper {
    private static final ClassValue<Map<String, Method>> ACCESSORS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            Map<String, Method> accessors = new HashMap<>();
            for (RecordComponent c : type.getRecordComponents()) {
                Method accessor = c.getAccessor();
                accessor.setAccessible(true);
                accessors.put(c.getName(), accessor);
            }
            return Map.copyOf(accessors);
        }
    };

    RecordWrapper() {
        super(Configuration.VERSION_2_3_34);
        writeProtect();
    }

    @Override
    protected TemplateModel handleUnknownType(Object obj) throws TemplateModelException {
        return obj instanceof Record r ? new RecordModel(r) : super.handleUnknownType(obj);
    }

    private final class RecordModel implements TemplateHashModel, AdapterTemplateModel {
        private final Record record;
        private final Map<String, Method> accessors;

        RecordModel(Record record) {
            this.record = record;
            this.accessors = ACCESSORS.get(record.getClass());
        }

        @Override
        public TemplateModel get(String key) throws TemplateModelException {
            Method accessor = accessors.get(key);
            if (accessor == null) return null;
            try {
                return wrap(accessor.invoke(record));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new TemplateModelException("cannot read " + key + " of " + record.getClass().getSimpleName(), e);
            }
        }

        @Override
        public boolean isEmpty() {
            return false;
        }

        @Override
        public Object getAdaptedObject(Class<?> hint) {
            return record;
        }
    }
}
