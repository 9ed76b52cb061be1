package io.ghlsync.examples.demo;

import io.ghlsync.examples.cli.ExampleFailure;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The raw {@link Setting} values of one run, merged from the command line, an optional properties
 * file and the environment (first one wins). Values are not checked here; see {@link
 * RealServices#check}.
 */
final class ServiceSettings {
  private final Map<Setting, String> values;
  private final Map<Setting, String> sources;

  private ServiceSettings(Map<Setting, String> values, Map<Setting, String> sources) {
    this.values = values;
    this.sources = sources;
  }

  /**
   * Merges the three sources.
   *
   * @param commandLine values given as options
   * @param file a properties file with setting names as keys, if one was given
   * @param environment the environment variables
   * @return the settings
   * @throws ExampleFailure (exit code 2) when the file cannot be read or has unknown keys
   */
  public static ServiceSettings resolve(
      Map<Setting, String> commandLine, Optional<Path> file, Map<String, String> environment) {
    Map<Setting, String> values = new EnumMap<>(Setting.class);
    Map<Setting, String> sources = new EnumMap<>(Setting.class);
    Map<Setting, String> fromFile = file.map(ServiceSettings::readFile).orElse(Map.of());
    for (Setting s : Setting.values()) {
      String source;
      String value;
      if (commandLine.containsKey(s)) {
        value = commandLine.get(s);
        source = "the command line";
      } else if (fromFile.containsKey(s)) {
        value = fromFile.get(s);
        source = "file " + file.orElseThrow();
      } else {
        value = environment.get(s.name());
        source = "the environment";
      }
      if (value != null && !value.isBlank()) {
        values.put(s, value.trim());
        sources.put(s, source);
      }
    }
    return new ServiceSettings(values, sources);
  }

  private static Map<Setting, String> readFile(Path file) {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException e) {
      throw ExampleFailure.setup("cannot read the settings file " + file + ": " + e);
    }
    Map<Setting, String> out = new EnumMap<>(Setting.class);
    List<String> unknown = new ArrayList<>();
    for (String key : properties.stringPropertyNames()) {
      Optional<Setting> setting =
          Arrays.stream(Setting.values()).filter(s -> s.name().equals(key.trim())).findFirst();
      if (setting.isPresent()) {
        out.put(setting.get(), properties.getProperty(key));
      } else {
        unknown.add(key);
      }
    }
    if (!unknown.isEmpty()) {
      throw ExampleFailure.setup(
          "the settings file "
              + file
              + " has unknown keys "
              + unknown.stream().sorted().toList()
              + "; known keys: "
              + Arrays.toString(Setting.values()));
    }
    return out;
  }

  /**
   * The value of a setting.
   *
   * @param setting the setting
   * @return the trimmed value, empty when not given or blank
   */
  public Optional<String> get(Setting setting) {
    return Optional.ofNullable(values.get(setting));
  }

  /**
   * Where a given setting came from, for messages.
   *
   * @param setting the setting
   * @return e.g. {@code "the environment"}, or {@code ""} when not given
   */
  public String source(Setting setting) {
    return sources.getOrDefault(setting, "");
  }

  /**
   * The given settings that ask for real-service mode.
   *
   * @return those settings, in declaration order
   */
  public List<Setting> realServiceSettingsGiven() {
    return values.keySet().stream().filter(Setting::selectsRealServices).toList();
  }
}
