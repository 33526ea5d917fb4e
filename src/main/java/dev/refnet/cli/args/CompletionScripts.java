package dev.refnet.cli.args;

import picocli.AutoComplete;
import picocli.CommandLine;

/**
 * The shell completion scripts, made from the picocli model: picocli's bash script, with contact
 * ids completed from the network in use by asking {@code refnet __complete contacts}.
 */
public final class CompletionScripts {

    /** The one candidate a CONTACT parameter declares; the script replaces it with a live look-up. */
    public static final String CONTACTS_MARKER = "__refnet_contacts__";

    /** The same for a CLINICIAN option: the clinicians of refnet.yaml. */
    public static final String CLINICIANS_MARKER = "__refnet_clinicians__";

    /** The same for a referral's CLIENT code: the codes in the log of the contact named earlier on the line. */
    public static final String CLIENTS_MARKER = "__refnet_clients__";

    /** The same for QUERY terms, whose completion replaces picocli's for that argument. */
    public static final String QUERY_MARKER = "__refnet_query__";

    private static final String CONTACTS_FUNCTION = """
            # Contact ids of the network in use: the --dir on the line (bash makes --dir=DIR three words:
            # --dir, = and DIR), else REFNET_DIR and refnet's usual
            # search. Asks refnet itself, so ids are always current (added by refnet, not picocli).
            function _refnet_contacts() {
              local i d
              local -a dir=()
              for (( i=1; i<${#COMP_WORDS[@]}; i++ )); do
                d=""
                case "${COMP_WORDS[i]}" in
                  --dir) d="${COMP_WORDS[i+1]}"; [ "$d" = "=" ] && d="${COMP_WORDS[i+2]}" ;;
                  --dir=*) d="${COMP_WORDS[i]#--dir=}" ;;
                esac
                if [ -n "$d" ]; then
                  case "$d" in "~/"*) d="$HOME/${d#\\~/}" ;; esac
                  dir=(--dir "$d")
                fi
              done
              "${COMP_WORDS[0]}" "${dir[@]}" __complete "${@:-contacts}" 2>/dev/null
            }

            # The client codes of the referrals of the contact named on the line ('refnet outcome lopez
            # <Tab>'): the first word after the subcommand that is neither an option nor the value of
            # one (the subcommand's arg_opts, which picocli's function has set).
            function _refnet_clients() {
              local i w skip="" command="" contact=""
              for (( i=1; i<COMP_CWORD; i++ )); do
                w=${COMP_WORDS[i]}
                if [ -n "$skip" ]; then
                  [ "$w" = "=" ] || skip=""
                  continue
                fi
                if [[ "$w" == -* ]]; then
                  [[ " $arg_opts " == *"'$w'"* ]] && skip=1
                elif [ -z "$command" ]; then
                  command=$w
                else
                  contact=$w
                  break
                fi
              done
              [ -n "$contact" ] && _refnet_contacts clients -- "$contact"
            }

            # A QUERY term: field names (cat -> category:), then a field's values (category:ph ->
            # physician, tag:top -> top\\ referrer), from refnet itself. bash splits words at ':', so
            # the term is read from the line, and only what follows its last ':' is replaced.
            function _refnet_query() {
              local line=${COMP_LINE:0:COMP_POINT}
              local cur=${line##*[[:space:]]}
              local keep="" w q i
              case "$cur" in *:*) [[ "$COMP_WORDBREAKS" == *:* ]] && keep=${cur%"${cur##*:}"} ;; esac
              COMPREPLY=()
              local IFS=$'\\n'
              for w in $(_refnet_contacts query -- "$cur"); do
                w=${w#"$keep"}
                q=""
                for (( i=0; i<${#w}; i++ )); do
                  case "${w:i:1}" in
                    [[:alnum:]]|[-_.,:/@+%=]) q+="${w:i:1}" ;;
                    *) q+="\\\\${w:i:1}" ;;
                  esac
                done
                COMPREPLY+=("$q")
              done
              [[ "${COMPREPLY[0]}" == *: ]] && type compopt &>/dev/null && compopt -o nospace
            }

            """;

    /**
     * Replaces picocli's {@code currentPositionalIndex}, which counts {@code --dir=DIR} (three
     * words to bash: {@code --dir}, {@code =}, {@code DIR}) as a positional and matches option
     * names as substrings. This one walks forward from the subcommand, skips each option and the
     * value of one that takes a value (after an {@code =} too), and counts the rest.
     */
    private static final String POSITIONAL_INDEX_FUNCTION = """
            function currentPositionalIndex() {
              local commandName="$1"
              local optionsWithArgs="$2"
              local i w start=-1 skip="" result=0
              for (( i=0; i<COMP_CWORD; i++ )); do
                w=${COMP_WORDS[i]}
                if (( start < 0 )); then
                  [ "$w" = "$commandName" ] && start=$i
                  continue
                fi
                if [ -n "$skip" ]; then
                  [ "$w" = "=" ] || skip=""
                  continue
                fi
                if [[ "$w" == -* ]]; then
                  [[ " ${optionsWithArgs} " == *"'$w'"* ]] && skip=1
                else
                  ((result++))
                fi
              done
              echo "$result"
            }
            """;

    private CompletionScripts() {
    }

    /** For bash: {@code source <(refnet completion bash)}. */
    public static String bash(CommandLine cl) {
        String script = AutoComplete.bash("refnet", cl);
        script = script.replace("(\"" + CONTACTS_MARKER + "\")", "($(_refnet_contacts))");
        script = script.replace("(\"" + CLINICIANS_MARKER + "\")", "($(_refnet_contacts clinicians))");
        script = script.replace("(\"" + CLIENTS_MARKER + "\")", "($(_refnet_clients))");
        String queryArgs = "positionals=$( compReplyArray \"${QUERY_pos_param_args[@]}\" )";
        if (!script.contains(queryArgs)) {
            throw new IllegalStateException("picocli's completion script changed shape; update CompletionScripts");
        }
        script = script.replace(queryArgs, "_refnet_query; return");
        script = script.replace("local QUERY_pos_param_args=(\"" + QUERY_MARKER + "\")", "local QUERY_pos_param_args=()");
        int at = script.indexOf("# CompWordsContainsArray");
        if (at < 0) {
            throw new IllegalStateException("picocli's completion script changed shape; update CompletionScripts");
        }
        script = script.substring(0, at) + CONTACTS_FUNCTION + script.substring(at);
        int from = script.indexOf("function currentPositionalIndex() {");
        int to = from < 0 ? -1 : script.indexOf("\n}\n", from);
        if (to < 0) {
            throw new IllegalStateException("picocli's completion script changed shape; update CompletionScripts");
        }
        script = script.substring(0, from) + POSITIONAL_INDEX_FUNCTION + script.substring(to + 3);
        script = withHiddenOptionsThatTakeValues(script, cl);
        return "# refnet completion for bash. Install: see 'refnet completion --help'.\n"
                + "# Generated from refnet's command model at build time; do not edit (completions/ is checked).\n"
                + script;
    }

    /**
     * picocli leaves hidden options out of a command's {@code arg_opts}; one that takes a value
     * (such as {@code outcome --date}, kept for old scripts) is put back there, so that its value
     * is not taken for a positional.
     */
    private static String withHiddenOptionsThatTakeValues(String script, CommandLine cl) {
        for (CommandLine sub : cl.getSubcommands().values()) {
            StringBuilder hidden = new StringBuilder();
            for (CommandLine.Model.OptionSpec o : sub.getCommandSpec().options()) {
                if (o.hidden() && o.arity().max() > 0) {
                    for (String name : o.names()) {
                        hidden.append('\'').append(name).append("' ");
                    }
                }
            }
            if (hidden.length() == 0) {
                continue;
            }
            String function = "function _picocli_refnet_" + sub.getCommandName().replace("-", "") + "() {";
            int at = script.indexOf(function);
            int opts = at < 0 ? -1 : script.indexOf("local arg_opts=\"", at);
            if (opts < 0) {
                throw new IllegalStateException("picocli's completion script changed shape; update CompletionScripts");
            }
            opts += "local arg_opts=\"".length();
            script = script.substring(0, opts) + hidden + script.substring(opts);
        }
        return script;
    }

    /**
     * For zsh: the bash script run through zsh's bashcompinit (which picocli's script sets up
     * itself), so both shells complete exactly the same words.
     */
    public static String zsh(CommandLine cl) {
        return "# refnet completion for zsh, through zsh's bashcompinit. Install: see 'refnet completion --help'.\n"
                + "# Put 'source <(refnet completion zsh)' in ~/.zshrc (after compinit, if you call it).\n"
                + "autoload -U +X compinit && compinit -C\n"
                + "autoload -U +X bashcompinit && bashcompinit\n"
                + bash(cl);
    }
}
