package vn.thiduabot.campaign;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML node that remembers where it is (file, line, key path), so a wrong value in a school's
 * campaign file is reported as "config/campaign-2023-2024.yml line 42, score-sheet.sections[1].max:
 * must be a number" rather than as a stack trace. Problems are collected, not thrown, so the school
 * sees all of them at once.
 */
final class YamlDoc {

    private final String file;
    private final String path;
    private final Node node;
    private final List<String> errors;

    YamlDoc(String file, String path, Node node, List<String> errors) {
        this.file = file;
        this.path = path;
        this.node = node;
        this.errors = errors;
    }

    boolean present() {
        return node != null && !(node instanceof ScalarNode s && (s.getValue() == null || s.getValue().isEmpty()
                || s.getTag().getValue().endsWith(":null")));
    }

    YamlDoc get(String key) {
        String childPath = path.isEmpty() ? key : path + "." + key;
        if (node instanceof MappingNode map) {
            for (NodeTuple t : map.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                    return new YamlDoc(file, childPath, t.getValueNode(), errors);
                }
            }
        } else if (node != null) {
            error("must be a section with named keys");
        }
        return new YamlDoc(file, childPath, null, errors);
    }

    /** True if this is a section with named keys (not a single value). */
    boolean section() {
        return node instanceof MappingNode;
    }

    /** The named keys of a section, in file order (e.g. a map of title codes to numbers). */
    List<String> keys() {
        List<String> keys = new ArrayList<>();
        if (node instanceof MappingNode map) {
            for (NodeTuple t : map.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k) {
                    keys.add(k.getValue());
                }
            }
        } else if (present()) {
            error("must be a section with named keys");
        }
        return keys;
    }

    List<YamlDoc> list() {
        List<YamlDoc> items = new ArrayList<>();
        if (node instanceof SequenceNode seq) {
            for (int i = 0; i < seq.getValue().size(); i++) {
                items.add(new YamlDoc(file, path + "[" + (i + 1) + "]", seq.getValue().get(i), errors));
            }
        } else if (present()) {
            error("must be a list (lines starting with \"- \")");
        }
        return items;
    }

    /** A required list: missing or empty is an error. */
    List<YamlDoc> requiredList() {
        List<YamlDoc> items = list();
        if (items.isEmpty() && !(node instanceof ScalarNode && present())) {
            error("is required and must list at least one item");
        }
        return items;
    }

    String text() {
        if (!present()) {
            error("is required");
            return null;
        }
        if (node instanceof ScalarNode s) {
            return s.getValue().trim();
        }
        error("must be a single value");
        return null;
    }

    String text(String fallback) {
        return present() ? text() : fallback;
    }

    boolean bool(boolean fallback) {
        if (!present()) {
            return fallback;
        }
        String v = text();
        if ("true".equalsIgnoreCase(v) || "yes".equalsIgnoreCase(v)) {
            return true;
        }
        if ("false".equalsIgnoreCase(v) || "no".equalsIgnoreCase(v)) {
            return false;
        }
        error("must be true or false, not \"" + v + "\"");
        return fallback;
    }

    LocalDate date() {
        String v = text();
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            error("must be a date written yyyy-MM-dd (e.g. 2023-09-15), not \"" + v + "\"");
            return null;
        }
    }

    BigDecimal number() {
        String v = text();
        if (v == null) {
            return null;
        }
        try {
            return new BigDecimal(v.replace(',', '.'));
        } catch (NumberFormatException e) {
            error("must be a number, not \"" + v + "\"");
            return null;
        }
    }

    BigDecimal positiveNumber() {
        BigDecimal n = number();
        if (n != null && n.signum() <= 0) {
            error("must be greater than 0");
        }
        return n;
    }

    <E extends Enum<E>> E enumValue(Class<E> type, E fallback) {
        if (!present()) {
            return fallback;
        }
        String v = text();
        try {
            return Enum.valueOf(type, v.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            StringBuilder allowed = new StringBuilder();
            for (E c : type.getEnumConstants()) {
                allowed.append(allowed.isEmpty() ? "" : ", ").append(c.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            }
            error("must be one of " + allowed + ", not \"" + v + "\"");
            return fallback;
        }
    }

    void error(String message) {
        int line = node != null ? node.getStartMark().getLine() + 1 : -1;
        errors.add(file + (line > 0 ? " line " + line : "") + ", " + (path.isEmpty() ? "(top)" : path) + ": " + message);
    }

    String path() {
        return path;
    }

    /** Whether the value is a list (lines starting with "- "). */
    boolean isList() {
        return node instanceof SequenceNode;
    }
}
