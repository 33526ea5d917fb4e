package dev.refnet.startup;

import dev.refnet.cli.Refnet;
import dev.refnet.cli.RefnetCommand;
import dev.refnet.console.Environment;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Build-time generator (run by exec-maven-plugin in the compile phase, after the commands are
 * compiled; never by users): writes
 * {@code GeneratedSpecs}, Java code that builds, through picocli's programmatic API, the same
 * model that picocli reads from the commands' annotations.
 *
 * <p>Why: reading annotations at run time makes the JDK generate a proxy class for every
 * annotation type it meets (picocli's own, and {@code @Deprecated} and {@code @IntrinsicCandidate}
 * from {@code Object}'s methods, which picocli scans too), a large part of a short run after the
 * JVM's own start (docs/performance.md). The annotations stay the one place a command is declared: this code is
 * derived from them at every build, and {@code GeneratedSpecsTest} checks that both models agree
 * option by option and print the same help. A command this generator cannot reproduce (one with
 * an argument group) is left out and read from its annotations as before.
 */
public final class GenerateSpecs {

    private GenerateSpecs() {
    }

    /**
     * {@code GenerateSpecs SOURCE_ROOT CLASSES_DIR}: writes SOURCE_ROOT/dev/refnet/cli/GeneratedSpecs.java
     * and compiles it into CLASSES_DIR (which holds the compiled commands and picocli).
     *
     * <p>Writing and compiling are one step so that a build that compiles the commands (even a
     * plain {@code mvn compile}, which stops before process-classes) never leaves the class from an
     * older build beside them: a stale model would not know a newly added option or command.
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: GenerateSpecs SOURCE_ROOT CLASSES_DIR");
        }
        Path file = Path.of(args[0], "dev/refnet/cli/GeneratedSpecs.java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, withFingerprint(source()), StandardCharsets.UTF_8);
        compile(file, Path.of(args[1]));
    }

    private static void compile(Path source, Path classes) {
        javax.tools.JavaCompiler javac = javax.tools.ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("GenerateSpecs needs a JDK (no Java compiler in " + System.getProperty("java.home") + ")");
        }
        int code = javac.run(null, null, null, "-d", classes.toString(), "-cp", classes.toString(),
                "--release", "17", "-encoding", "UTF-8", "-proc:none", "-nowarn", "-XDstringConcat=inline",
                source.toString());
        if (code != 0) {
            throw new IllegalStateException("GenerateSpecs: javac failed on " + source + " (exit " + code + ")");
        }
    }

    /**
     * The generated source with a constant naming its own digest, so that a test can tell whether
     * the compiled model is the one the annotations give now.
     */
    public static String withFingerprint(String source) {
        String marker = "final class GeneratedSpecs implements Refnet.Specs {\n\n";
        return source.replace(marker, marker + "    static final String FINGERPRINT = \"" + fingerprint(source) + "\";\n\n");
    }

    public static String fingerprint(String source) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(source.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The source of {@code dev.refnet.cli.GeneratedSpecs}, from the commands' annotations, without its fingerprint. */
    public static String source() {
        CommandLine annotated = Refnet.annotatedCommandLine(new Environment(Map.of(), Path.of("."),
                java.time.Clock.systemUTC(), false, false), null);
        StringBuilder out = new StringBuilder();
        out.append("package dev.refnet.cli;\n\n")
                .append("import picocli.CommandLine.Model.IGetter;\n")
                .append("import picocli.CommandLine.Model.ISetter;\n")
                .append("import picocli.CommandLine.Model.ArgGroupSpec;\n")
                .append("import picocli.CommandLine.Model.CommandSpec;\n")
                .append("import picocli.CommandLine.Model.OptionSpec;\n")
                .append("import picocli.CommandLine.Model.PositionalParamSpec;\n\n")
                .append("/** Generated by GenerateSpecs from the commands' annotations at build time: do not edit. */\n")
                .append("@SuppressWarnings({\"unchecked\", \"rawtypes\"})\n")
                .append("final class GeneratedSpecs implements Refnet.Specs {\n\n");
        List<String> names = new ArrayList<>();
        StringBuilder methods = new StringBuilder();
        command(methods, "root", annotated.getCommandSpec(), RefnetCommand.class);
        for (Map.Entry<String, CommandLine> sub : annotated.getSubcommands().entrySet()) {
            CommandSpec spec = sub.getValue().getCommandSpec();
            if (spec.argGroups().stream().anyMatch(g -> !g.subgroups().isEmpty() || !g.positionalParameters().isEmpty())
                    || !spec.unmatchedArgsBindings().isEmpty()) {
                continue; // read from its annotations at run time
            }
            names.add(sub.getKey());
            command(methods, method(sub.getKey()), spec, spec.userObject().getClass());
        }
        out.append("    @Override\n    public CommandSpec root(RefnetCommand c) {\n        return root_(c);\n    }\n\n");
        out.append("    @Override\n    public CommandSpec subcommand(String name) {\n        switch (name) {\n");
        for (String name : names) {
            Class<?> type = annotated.getSubcommands().get(name).getCommandSpec().userObject().getClass();
            out.append("            case ").append(lit(name)).append(":\n                return ").append(method(name))
                    .append("_(new ").append(type.getSimpleName()).append("());\n");
        }
        out.append("            default:\n                return null;\n        }\n    }\n\n");
        out.append(methods);
        return out.append("}\n").toString();
    }

    private static String method(String name) {
        StringBuilder sb = new StringBuilder();
        boolean up = false;
        for (char ch : name.toCharArray()) {
            if (Character.isLetterOrDigit(ch)) {
                sb.append(up ? Character.toUpperCase(ch) : ch);
                up = false;
            } else {
                up = sb.length() > 0;
            }
        }
        return sb.toString();
    }

    private static void command(StringBuilder out, String method, CommandSpec spec, Class<?> type) {
        String t = type.getSimpleName();
        String binding = t + "Binding";
        List<Bound> paths = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        body.append("    private static CommandSpec ").append(method).append("_(").append(t).append(" c) {\n");
        body.append("        CommandSpec s = CommandSpec.wrapWithoutInspection(c);\n");
        for (String specField : specFields(type)) {
            body.append("        c.").append(specField).append(" = s;\n");
        }
        for (Field mixin : mixinFields(type)) { // picocli makes a mixin's object when it reads @Mixin
            body.append("        c.").append(mixin.getName()).append(" = new ").append(name(mixin.getType())).append("();\n");
        }
        body.append("        s.name(").append(lit(spec.name())).append(");\n");
        if (spec.aliases().length > 0) {
            body.append("        s.aliases(").append(lits(spec.aliases())).append(");\n");
        }
        if (spec.versionProvider() != null) {
            body.append("        s.versionProvider(new ").append(name(spec.versionProvider().getClass())).append("());\n");
        }
        UsageMessageSpec u = spec.usageMessage();
        body.append("        s.usageMessage()")
                .append(".description(").append(lits(u.description())).append(")")
                .append(".descriptionHeading(").append(lit(u.descriptionHeading())).append(")")
                .append(".header(").append(lits(u.header())).append(")")
                .append(".headerHeading(").append(lit(u.headerHeading())).append(")")
                .append(".footer(").append(lits(u.footer())).append(")")
                .append(".footerHeading(").append(lit(u.footerHeading())).append(")")
                .append(".synopsisHeading(").append(lit(u.synopsisHeading())).append(")")
                .append(".customSynopsis(").append(lits(u.customSynopsis())).append(")")
                .append(".abbreviateSynopsis(").append(u.abbreviateSynopsis()).append(")")
                .append(".parameterListHeading(").append(lit(u.parameterListHeading())).append(")")
                .append(".optionListHeading(").append(lit(u.optionListHeading())).append(")")
                .append(".commandListHeading(").append(lit(u.commandListHeading())).append(")")
                .append(".sortOptions(").append(u.sortOptions()).append(")")
                .append(".sortSynopsis(").append(u.sortSynopsis()).append(")")
                .append(".showDefaultValues(").append(u.showDefaultValues()).append(")")
                .append(".hidden(").append(u.hidden()).append(")")
                .append(".autoWidth(").append(u.autoWidth()).append(");\n");
        List<ArgGroupSpec> groupsDone = new ArrayList<>();
        for (OptionSpec o : spec.options()) {
            if (o.inherited()) {
                continue; // picocli copies it from the parent, as it does for annotations
            }
            ArgGroupSpec g = o.group();
            if (g == null) {
                body.append("        s.addOption(");
                option(body, o, type, paths, binding);
                body.append(");\n");
            } else if (!groupsDone.contains(g)) {
                groupsDone.add(g);
                body.append("        s.addArgGroup(ArgGroupSpec.builder().exclusive(").append(g.exclusive())
                        .append(").multiplicity(").append(lit(g.multiplicity().originalValue()))
                        .append(").validate(").append(g.validate()).append(").order(").append(g.order())
                        .append(").heading(").append(lit(g.heading())).append(")");
                for (OptionSpec member : g.options()) {
                    body.append("\n                .addArg(");
                    option(body, member, type, paths, binding);
                    body.append(")");
                }
                body.append(".build());\n");
            }
        }
        for (PositionalParamSpec p : spec.positionalParameters()) {
            if (p.inherited()) {
                continue;
            }
            body.append("        s.addPositional(PositionalParamSpec.builder()")
                    .append(".index(").append(lit(p.index().originalValue())).append(")");
            arg(body, p, type, paths, binding);
            body.append(".build());\n");
        }
        body.append("        return s;\n    }\n\n");
        out.append(body);
        if (!paths.isEmpty()) {
            bindingClass(out, binding, t, paths);
        }
    }

    private static void option(StringBuilder body, OptionSpec o, Class<?> type, List<Bound> paths, String binding) {
        body.append("OptionSpec.builder(").append(lits(o.names())).append(")");
        arg(body, o, type, paths, binding);
        if (o.usageHelp()) {
            body.append(".usageHelp(true)");
        }
        if (o.versionHelp()) {
            body.append(".versionHelp(true)");
        }
        if (o.order() != -1) { // picocli's OptionSpec.DEFAULT_ORDER
            body.append(".order(").append(o.order()).append(")");
        }
        body.append(".build()");
    }

    /** The attributes options and positional parameters share. */
    private static void arg(StringBuilder body, ArgSpec a, Class<?> type, List<Bound> paths, String binding) {
        Field field = a.userObject() instanceof Field f ? f : null;
        Option option = field == null ? null : field.getAnnotation(Option.class);
        Parameters parameters = field == null ? null : field.getAnnotation(Parameters.class);
        String[] description = option != null ? option.description() : parameters != null ? parameters.description() : a.description();
        if (a.paramLabel() != null) {
            body.append(".paramLabel(").append(lit(a.paramLabel())).append(")");
        }
        if (a.hideParamSyntax()) {
            body.append(".hideParamSyntax(true)");
        }
        if (!a.arity().isUnspecified()) {
            body.append(".arity(").append(lit(a.arity().originalValue())).append(")");
        }
        body.append(".type(").append(name(a.type())).append(".class)");
        if (a.auxiliaryTypes().length > 0 && !(a.auxiliaryTypes().length == 1 && a.auxiliaryTypes()[0] == a.type())) {
            body.append(".auxiliaryTypes(");
            for (int i = 0; i < a.auxiliaryTypes().length; i++) {
                body.append(i == 0 ? "" : ", ").append(name(a.auxiliaryTypes()[i])).append(".class");
            }
            body.append(")");
        }
        body.append(".description(").append(lits(description)).append(")");
        if (a.required()) {
            body.append(".required(true)");
        }
        if (a.hidden()) {
            body.append(".hidden(true)");
        }
        if (!a.splitRegex().isEmpty()) {
            body.append(".splitRegex(").append(lit(a.splitRegex())).append(")");
        }
        String defaultValue = option != null ? option.defaultValue() : parameters != null ? parameters.defaultValue() : null;
        if (defaultValue != null && !defaultValue.equals(CommandLine.Option.NULL_VALUE) && !defaultValue.equals("__no_default_value__")) {
            body.append(".defaultValue(").append(lit(defaultValue)).append(")");
        }
        if (a.scopeType() != CommandLine.ScopeType.LOCAL) {
            body.append(".scopeType(picocli.CommandLine.ScopeType.").append(a.scopeType().name()).append(")");
        }
        Class<?>[] converters = option != null ? option.converter() : parameters != null ? parameters.converter() : new Class<?>[0];
        if (converters.length > 0) {
            body.append(".converters(");
            for (int i = 0; i < converters.length; i++) {
                body.append(i == 0 ? "" : ", ").append("new ").append(name(converters[i])).append("()");
            }
            body.append(")");
        }
        Class<?> candidates = option != null ? option.completionCandidates() : parameters != null ? parameters.completionCandidates() : null;
        if (candidates != null && !candidates.getName().startsWith("picocli.")) { // not the "none" marker
            body.append(".completionCandidates(new ").append(name(candidates)).append("())");
        }
        Class<?> consumer = option != null ? option.parameterConsumer() : parameters != null ? parameters.parameterConsumer() : null;
        if (consumer != null && !consumer.getName().startsWith("picocli.")) {
            body.append(".parameterConsumer(new ").append(name(consumer)).append("())");
        }
        Field group = field == null ? null : groupField(type, field);
        String path = field == null || group != null ? null : path(type, field);
        if (group != null) {
            // Like picocli with an @ArgGroup field: the group's object exists once one of its
            // options is given, so a command tells "neither" by a null field. No initial value:
            // resetting one would make the object.
            int index = paths.size();
            paths.add(new Bound("c." + group.getName() + "." + field.getName(), typeName(field.getGenericType()),
                    "c." + group.getName(), name(group.getType())));
            String b = "new " + binding + "(c, " + index + ")";
            body.append(".getter(").append(b).append(").setter(").append(b).append(").hasInitialValue(false)");
        } else if (path != null) {
            int index = paths.size();
            paths.add(new Bound(path, typeName(field.getGenericType()), null, null));
            String b = "new " + binding + "(c, " + index + ")";
            body.append(".getter(").append(b).append(").setter(").append(b).append(").initialValue(")
                    .append(b).append(".get())");
        } else if (field != null && !field.getDeclaringClass().getName().startsWith("picocli.")) {
            throw new IllegalStateException("cannot bind " + field + " of " + type + " without reflection");
        } else if (a.initialValue() instanceof Boolean b) {
            body.append(".initialValue(").append(b).append(")"); // the standard help options' false
        }
    }

    /** The command's {@code @ArgGroup} field whose object holds {@code field}, or null. */
    private static Field groupField(Class<?> type, Field field) {
        for (Field f : annotatedFields(type, CommandLine.ArgGroup.class)) {
            if (f.getType() == field.getDeclaringClass()) {
                requireReachable(field);
                return f;
            }
        }
        return null;
    }

    /** How the command object reaches {@code field}: its own (or inherited) field, or one of a mixin's. */
    private static String path(Class<?> type, Field field) {
        if (field.getDeclaringClass().getName().startsWith("picocli.")) {
            return null; // the standard help options: picocli keeps their values itself
        }
        requireReachable(field);
        if (field.getDeclaringClass().isAssignableFrom(type)) {
            return "c." + field.getName();
        }
        for (Field f : mixinFields(type)) {
            if (f.getType() == field.getDeclaringClass()) {
                return "c." + f.getName() + "." + field.getName();
            }
        }
        throw new IllegalStateException("cannot find how " + type + " reaches " + field);
    }

    private static void requireReachable(Field f) {
        if (Modifier.isPrivate(f.getModifiers()) || Modifier.isFinal(f.getModifiers())) {
            throw new IllegalStateException(f + " must be neither private nor final for the generated model to set it");
        }
    }

    private static List<Field> mixinFields(Class<?> type) {
        return annotatedFields(type, CommandLine.Mixin.class);
    }

    private static List<String> specFields(Class<?> type) {
        return annotatedFields(type, CommandLine.Spec.class).stream().map(Field::getName).toList();
    }

    /** The fields of {@code type} and its superclasses that carry {@code annotation}, which generated code must reach. */
    private static List<Field> annotatedFields(Class<?> type, Class<? extends java.lang.annotation.Annotation> annotation) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> k = type; k != null && k != Object.class; k = k.getSuperclass()) {
            for (Field f : k.getDeclaredFields()) {
                if (f.isAnnotationPresent(annotation)) {
                    requireReachable(f);
                    fields.add(f);
                }
            }
        }
        return fields;
    }

    /** A field the generated code reads and sets: how the command reaches it, and its declared type. */
    private record Bound(String path, String type, String owner, String ownerType) {
    }

    /** One class per command that reads and sets its fields by number, with no reflection. */
    private static void bindingClass(StringBuilder out, String binding, String type, List<Bound> paths) {
        out.append("    private static final class ").append(binding).append(" implements IGetter, ISetter {\n")
                .append("        private final ").append(type).append(" c;\n")
                .append("        private final int field;\n\n")
                .append("        ").append(binding).append("(").append(type).append(" c, int field) {\n")
                .append("            this.c = c;\n            this.field = field;\n        }\n\n")
                .append("        @Override\n        public <T> T get() {\n            switch (field) {\n");
        for (int i = 0; i < paths.size(); i++) {
            Bound b = paths.get(i);
            String read = b.owner() == null ? b.path() : "(" + b.owner() + " == null ? null : " + b.path() + ")";
            out.append("                case ").append(i).append(":\n                    return (T) (Object) ").append(read).append(";\n");
        }
        out.append("                default:\n                    throw new IllegalStateException();\n            }\n        }\n\n")
                .append("        @Override\n        public <T> T set(T value) {\n            T old = get();\n            switch (field) {\n");
        for (int i = 0; i < paths.size(); i++) {
            Bound b = paths.get(i);
            out.append("                case ").append(i).append(":\n");
            if (b.owner() != null) {
                out.append("                    if (").append(b.owner()).append(" == null) {\n                        ")
                        .append(b.owner()).append(" = new ").append(b.ownerType()).append("();\n                    }\n");
            }
            out.append("                    ").append(b.path()).append(" = (")
                    .append(boxed(b.type())).append(") value;\n                    break;\n");
        }
        out.append("                default:\n                    throw new IllegalStateException();\n            }\n")
                .append("            return old;\n        }\n    }\n\n");
    }

    private static String boxed(String type) {
        switch (type) {
            case "boolean": return "Boolean";
            case "int": return "Integer";
            case "long": return "Long";
            case "double": return "Double";
            default: return type;
        }
    }

    private static String typeName(Type type) {
        if (type instanceof Class<?> k) {
            return name(k);
        }
        if (type instanceof ParameterizedType p) {
            StringBuilder sb = new StringBuilder(typeName(p.getRawType())).append('<');
            Type[] args = p.getActualTypeArguments();
            for (int i = 0; i < args.length; i++) {
                sb.append(i == 0 ? "" : ", ").append(typeName(args[i]));
            }
            return sb.append('>').toString();
        }
        throw new IllegalStateException("unsupported field type " + type);
    }

    private static String name(Class<?> k) {
        if (k.isArray()) {
            return name(k.getComponentType()) + "[]";
        }
        return k.getCanonicalName();
    }

    private static String lits(String[] values) {
        StringBuilder sb = new StringBuilder("new String[] {");
        for (int i = 0; i < values.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(lit(values[i]));
        }
        return sb.append('}').toString();
    }

    /** {@code s} as a Java string literal (null as null). */
    static String lit(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (ch < 0x20 || ch > 0x7e) {
                        sb.append(String.format("\\u%04x", (int) ch));
                    } else {
                        sb.append(ch);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
