package io.ghlsync.examples.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Parsed command-line options: {@code --flag}, {@code --name value} and {@code --name=value}.
 * Unknown options, missing values and positional arguments fail with an {@link ExampleFailure} of
 * exit code 2 that names the option.
 *
 * <pre>{@code
 * Arguments a = Arguments.parse(args, Set.of("fake"), Set.of("port"));
 * int port = a.intValue("port", 8080, 0, 65535);
 * }</pre>
 */
public final class Arguments {
  private final Set<String> flags;
  private final Map<String, String> values;

  private Arguments(Set<String> flags, Map<String, String> values) {
    this.flags = flags;
    this.values = values;
  }

  /**
   * Parses arguments. {@code --help} and {@code -h} are always known flags (named {@code help}).
   *
   * @param args the program arguments
   * @param knownFlags option names without a value, without the leading dashes
   * @param knownOptions option names that take a value, without the leading dashes
   * @return the parsed options
   * @throws ExampleFailure (exit code 2) naming the offending argument
   */
  public static Arguments parse(String[] args, Set<String> knownFlags, Set<String> knownOptions) {
    Set<String> flags = new TreeSet<>();
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("-h") || arg.equals("--help")) {
        flags.add("help");
        continue;
      }
      if (!arg.startsWith("--") || arg.length() == 2) {
        throw ExampleFailure.usage("unexpected argument '" + arg + "'; options start with --");
      }
      String name = arg.substring(2);
      String inline = null;
      int eq = name.indexOf('=');
      if (eq >= 0) {
        inline = name.substring(eq + 1);
        name = name.substring(0, eq);
      }
      if (knownFlags.contains(name)) {
        if (inline != null) {
          throw ExampleFailure.usage("option --" + name + " takes no value");
        }
        flags.add(name);
      } else if (knownOptions.contains(name)) {
        String value = inline;
        if (value == null) {
          if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
            throw ExampleFailure.usage("option --" + name + " needs a value");
          }
          value = args[++i];
        }
        if (value.isBlank()) {
          throw ExampleFailure.usage("option --" + name + " needs a non-blank value");
        }
        values.put(name, value);
      } else {
        throw ExampleFailure.usage(
            "unknown option --" + name + "; run with --help for the options");
      }
    }
    return new Arguments(Set.copyOf(flags), Map.copyOf(values));
  }

  /**
   * Whether a flag was given.
   *
   * @param name the flag name without dashes
   * @return true when present
   */
  public boolean flag(String name) {
    return flags.contains(name);
  }

  /**
   * The value of an option.
   *
   * @param name the option name without dashes
   * @return the value, empty when the option was not given
   */
  public Optional<String> value(String name) {
    return Optional.ofNullable(values.get(name));
  }

  /**
   * The value of an option as a path.
   *
   * @param name the option name without dashes
   * @return the path, empty when the option was not given
   */
  public Optional<Path> path(String name) {
    return value(name).map(Path::of);
  }

  /**
   * The value of an option as a whole number within bounds.
   *
   * @param name the option name without dashes
   * @param fallback the value when the option was not given
   * @param min the smallest allowed value
   * @param max the largest allowed value
   * @return the number
   * @throws ExampleFailure (exit code 2) when the value is not a number in range
   */
  public int intValue(String name, int fallback, int min, int max) {
    Optional<String> raw = value(name);
    if (raw.isEmpty()) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(raw.get().trim());
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below with the allowed range
    }
    throw ExampleFailure.usage(
        "option --"
            + name
            + " must be a whole number from "
            + min
            + " to "
            + max
            + ", got '"
            + raw.get()
            + "'");
  }

  /**
   * The value of an option as a comma-separated list (blank items dropped).
   *
   * @param name the option name without dashes
   * @return the items, empty when the option was not given
   */
  public List<String> list(String name) {
    List<String> out = new ArrayList<>();
    for (String item : value(name).orElse("").split(",")) {
      if (!item.isBlank()) {
        out.add(item.trim());
      }
    }
    return List.copyOf(out);
  }
}
