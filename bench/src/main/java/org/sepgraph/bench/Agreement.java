package org.sepgraph.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/** Compares the key figures of one target computed several ways and describes any difference. */
public final class Agreement {
    private final List<String> disagreements = new ArrayList<>();
    private int checked;

    /** {@code answers} alternate name, key: ("http", k1, "direct", k2, "baseline", k3). */
    public void check(String question, String target, Object... answers) {
        checked++;
        Object first = answers[1];
        for (int i = 3; i < answers.length; i += 2) {
            if (!Objects.equals(first, answers[i])) {
                disagreements.add(question + " " + target + ": " + answers[0] + " != " + answers[i - 1] + "\n    "
                        + describe(first, answers[i]) + "\n    " + answers[0] + "=" + abbreviate(first) + "\n    "
                        + answers[i - 1] + "=" + abbreviate(answers[i]));
            }
        }
    }

    public int checked() {
        return checked;
    }

    public List<String> disagreements() {
        return disagreements;
    }

    public boolean ok() {
        return disagreements.isEmpty();
    }

    private static String abbreviate(Object o) {
        String s = String.valueOf(o);
        return s.length() > 600 ? s.substring(0, 600) + "…" : s;
    }

    /** For records: the components that differ, and for maps the first differing keys. */
    static String describe(Object a, Object b) {
        if (a == null || b == null || !a.getClass().isRecord() || a.getClass() != b.getClass()) {
            return "values differ";
        }
        List<String> out = new ArrayList<>();
        for (var c : a.getClass().getRecordComponents()) {
            try {
                Object x = c.getAccessor().invoke(a);
                Object y = c.getAccessor().invoke(b);
                if (Objects.equals(x, y)) {
                    continue;
                }
                if (x instanceof Map<?, ?> mx && y instanceof Map<?, ?> my) {
                    List<String> keys = new ArrayList<>();
                    TreeSet<String> all = new TreeSet<>();
                    mx.keySet().forEach(k -> all.add(String.valueOf(k)));
                    my.keySet().forEach(k -> all.add(String.valueOf(k)));
                    for (String k : all) {
                        Object vx = mx.get(k);
                        Object vy = my.get(k);
                        if (!Objects.equals(vx, vy)) {
                            keys.add(k + ": " + vx + " vs " + vy);
                            if (keys.size() == 8) {
                                keys.add("…");
                                break;
                            }
                        }
                    }
                    out.add(c.getName() + " {" + String.join(", ", keys) + "}");
                } else {
                    out.add(c.getName() + " " + x + " vs " + y);
                }
            } catch (ReflectiveOperationException e) {
                out.add(c.getName() + " ?");
            }
        }
        return String.join("; ", out);
    }
}
