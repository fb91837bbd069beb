package vn.vanthu.bench.chain;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * The rendering bench's {@code Stats} and {@code Machine} (package-private in {@code vn.vanthu.bench}) reached
 * by reflection, so the chain bench reuses their figures instead of copying them. Making the two classes
 * public would let this adapter go.
 */
final class BenchHelpers {

    private static final String PACKAGE = "vn.vanthu.bench.";

    private BenchHelpers() {
    }

    /** One cell's figures: a {@code vn.vanthu.bench.Stats}. */
    static final class Cell {

        private final Object stats;

        Cell() {
            try {
                Constructor<?> c = Class.forName(PACKAGE + "Stats").getDeclaredConstructor();
                c.setAccessible(true);
                stats = c.newInstance();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("vn.vanthu.bench.Stats changed", e);
            }
        }

        void add(long ops, long wallNanos, long cpuNanos, long[] latencies) {
            call(stats, "add", new Class<?>[] {long.class, long.class, long.class, long[].class}, ops, wallNanos,
                    cpuNanos, latencies);
        }

        void failed(long calls) {
            call(stats, "failed", new Class<?>[] {long.class}, calls);
        }

        double perSecond() {
            return (double) call(stats, "perSecond", new Class<?>[0]);
        }

        double minPerSecond() {
            return (double) call(stats, "minPerSecond", new Class<?>[0]);
        }

        double maxPerSecond() {
            return (double) call(stats, "maxPerSecond", new Class<?>[0]);
        }

        double cpuMsPerOp() {
            return (double) call(stats, "cpuMsPerOp", new Class<?>[0]);
        }

        double percentileMs(double q) {
            return (double) call(stats, "percentileMs", new Class<?>[] {double.class}, q);
        }

        long failures() {
            return (long) call(stats, "failures", new Class<?>[0]);
        }

        long ops() {
            return (long) call(stats, "ops", new Class<?>[0]);
        }
    }

    static String loadAverage() {
        return (String) machine("loadAverage", new Class<?>[0]);
    }

    static double ramGiB() {
        return (double) machine("ramGiB", new Class<?>[0]);
    }

    static double processMiB(String field) {
        return (double) machine("processMiB", new Class<?>[] {String.class}, field);
    }

    static double heapAfterGcMiB() {
        return (double) machine("heapAfterGcMiB", new Class<?>[0]);
    }

    static double heapCommittedMiB() {
        return (double) machine("heapCommittedMiB", new Class<?>[0]);
    }

    static String jvm() {
        return (String) machine("jvm", new Class<?>[0]);
    }

    private static Object machine(String name, Class<?>[] types, Object... args) {
        try {
            return call(Class.forName(PACKAGE + "Machine"), null, name, types, args);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("vn.vanthu.bench.Machine changed", e);
        }
    }

    private static Object call(Object target, String name, Class<?>[] types, Object... args) {
        return call(target.getClass(), target, name, types, args);
    }

    private static Object call(Class<?> type, Object target, String name, Class<?>[] types, Object... args) {
        try {
            Method m = type.getDeclaredMethod(name, types);
            m.setAccessible(true);
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(type.getName() + "." + name + " changed", e);
        }
    }
}
