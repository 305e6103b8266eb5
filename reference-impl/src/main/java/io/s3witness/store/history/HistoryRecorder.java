package io.s3witness.store.history;

/**
 * Receives every client operation of a store: an invocation, then exactly one completion. Values are JSON text
 * (null for JSON {@code null}) in the shapes of DESIGN §3.
 */
public interface HistoryRecorder {
    /** An operation in flight; complete it once. */
    interface Op {
        /** It took effect and answered this value. */
        void ok(String valueJson);

        /** It certainly did not take effect. */
        void fail(String error);

        /** It may or may not have taken effect. */
        void info(String error);
    }

    /** Records the invocation now and returns the handle to complete it. */
    Op invoke(int process, String f, String key, String valueJson);

    /** Records nothing. */
    HistoryRecorder NONE = new HistoryRecorder() {
        private final Op noOp = new Op() {
            @Override
            public void ok(String valueJson) {
            }

            @Override
            public void fail(String error) {
            }

            @Override
            public void info(String error) {
            }
        };

        @Override
        public Op invoke(int process, String f, String key, String valueJson) {
            return noOp;
        }
    };
}
