package dev.refnet.cli.args;

import java.util.List;
import java.util.Stack;
import picocli.CommandLine.IParameterConsumer;
import picocli.CommandLine.UnmatchedArgumentException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Marks a command whose positional arguments are QUERY terms, so that a negated term such as
 * {@code -category:school} or {@code -hospital} reaches the query instead of being refused as
 * an unknown option (or read as {@code -h}). An unknown {@code --option} still is a usage error:
 * {@link dev.refnet.engine.Query} refuses any term that starts with {@code --}.
 * Use with {@code @Parameters(parameterConsumer = QueryArguments.Consumer.class)}.
 */
public interface QueryArguments {

    /** Takes every argument up to the next option of the command as a query term. */
    final class Consumer implements IParameterConsumer {
        @Override
        public void consumeParameters(Stack<String> args, ArgSpec argSpec, CommandSpec commandSpec) {
            List<String> terms = argSpec.getValue();
            while (!args.isEmpty() && !isOption(args.peek(), commandSpec)) {
                String term = args.pop();
                if (term.equals("--")) {
                    while (!args.isEmpty()) {
                        terms.add(args.pop());
                    }
                    break;
                }
                if (term.startsWith("--")) {
                    throw new UnmatchedArgumentException(commandSpec.commandLine(), "Unknown option: '" + term + "'");
                }
                terms.add(term);
            }
        }

        private static boolean isOption(String arg, CommandSpec spec) {
            int eq = arg.indexOf('=');
            String name = eq > 0 ? arg.substring(0, eq) : arg;
            return spec.optionsMap().containsKey(name);
        }
    }
}
