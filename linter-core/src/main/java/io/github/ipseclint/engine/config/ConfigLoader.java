// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.engine.config;

import io.github.ipseclint.model.policy.Profile;
import io.github.ipseclint.model.policy.ProfileSelection;
import io.github.ipseclint.engine.RuleDescriptor;
import io.github.ipseclint.engine.RuleOptions;
import io.github.ipseclint.engine.RuleRegistry;
import io.github.ipseclint.model.finding.RuleId;
import io.github.ipseclint.model.finding.Severity;
import io.github.ipseclint.model.source.SourceFile;
import io.github.ipseclint.model.source.Span;
import io.github.ipseclint.model.target.Target;
import io.github.ipseclint.pairing.ConnectionRef;
import io.github.ipseclint.pairing.ExplicitPair;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Loads {@code .ipseclint.yaml}. The YAML is composed into nodes by snakeyaml's safe loader (no
 * object construction at all), so every problem is reported at the line and column of the node
 * that has it.
 */
public final class ConfigLoader {
  /** The file name looked for from the working directory upward. */
  public static final String FILE_NAME = ".ipseclint.yaml";

  private static final Set<String> TOP_LEVEL =
      Set.of("profile", "targets", "rules", "include", "exclude", "fail-on", "hosts", "peers");
  private static final Set<String> HOST_KEYS = Set.of("glob", "target");
  private static final Set<String> RULE_KEYS = Set.of("severity", "off", "options");

  private final RuleRegistry registry;
  private final Path file;
  private final SourceFile source;

  private ConfigLoader(RuleRegistry registry, Path file, SourceFile source) {
    this.registry = registry;
    this.file = file;
    this.source = source;
  }

  /** The nearest {@value #FILE_NAME} in {@code start} or one of its parents. */
  public static Optional<Path> discover(Path start) {
    for (Path directory = start.toAbsolutePath().normalize(); directory != null; directory = directory.getParent()) {
      Path candidate = directory.resolve(FILE_NAME);
      if (Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /**
   * The configuration of a run, the same for every front end: {@code explicit} when given, else the
   * nearest {@value #FILE_NAME} from {@code start} upward, else the defaults (globs relative to {@code start}).
   */
  public static LintConfig resolve(Optional<Path> explicit, Path start, RuleRegistry registry)
      throws ConfigException {
    Optional<Path> file = explicit.or(() -> discover(start));
    return file.isPresent() ? load(file.get(), registry) : LintConfig.defaults(start.toAbsolutePath());
  }

  /** Loads and checks a configuration file; rule ids, aliases and options are checked against the registry. */
  public static LintConfig load(Path file, RuleRegistry registry) throws ConfigException {
    Node root;
    byte[] bytes;
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      bytes = Files.readAllBytes(file);
      root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(reader);
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      String problem = e.getProblem() != null ? e.getProblem() : "not valid YAML";
      throw new ConfigException(file, mark == null ? 1 : mark.getLine() + 1,
          mark == null ? 1 : mark.getColumn() + 1, "not valid YAML: " + problem);
    } catch (YAMLException e) {
      throw new ConfigException(file, 1, 1, "not valid YAML (" + e.getClass().getSimpleName() + ")");
    } catch (IOException e) {
      throw new ConfigException(file, 1, 1, "cannot read the file (" + e.getClass().getSimpleName() + ")");
    }
    Path base = file.toAbsolutePath().normalize().getParent();
    LintConfig defaults = LintConfig.defaults(base);
    SourceFile source = SourceFile.of(file.toString(), file, bytes);
    return root == null ? defaults : new ConfigLoader(registry, file, source).read(root, base);
  }

  private LintConfig read(Node root, Path base) throws ConfigException {
    Map<String, NodeTuple> top = mapping(root, "the configuration", TOP_LEVEL);
    Optional<ProfileSelection> profile = Optional.empty();
    if (top.containsKey("profile")) {
      profile = Optional.of(profile(top.get("profile").getValueNode()));
    }
    Optional<FailOn> failOn = Optional.empty();
    if (top.containsKey("fail-on")) {
      Node node = top.get("fail-on").getValueNode();
      String name = scalar(node, "fail-on");
      failOn = Optional.of(FailOn.fromLabel(name).orElseThrow(() -> error(node,
          "fail-on must be error, warning, note or never, not '" + name + "'")));
    }
    List<TargetGlob> targets = new ArrayList<>();
    if (top.containsKey("targets")) {
      for (NodeTuple entry : mapping(top.get("targets").getValueNode(), "targets", null).values()) {
        String written = scalar(entry.getValueNode(), "a target");
        Target target = Target.parse(written).orElseThrow(() -> error(entry.getValueNode(),
            "unknown target '" + written + "'; write e.g. strongswan-5.9.8, libreswan-4.10 or strongswan-6"));
        targets.add(new TargetGlob(glob(entry.getKeyNode()), target));
      }
    }
    Map<RuleId, RuleSetting> rules = new HashMap<>();
    if (top.containsKey("rules")) {
      for (NodeTuple entry : mapping(top.get("rules").getValueNode(), "rules", null).values()) {
        Node key = entry.getKeyNode();
        String written = scalar(key, "a rule id");
        RuleDescriptor rule = registry.find(written).orElseThrow(() -> error(key,
            "unknown rule '" + written + "'; ipseclint --list-rules shows them"));
        if (rules.containsKey(rule.id())) {
          throw error(key, "rule '" + rule.id() + "' is configured twice (once through an alias)");
        }
        rules.put(rule.id(), ruleSetting(entry.getValueNode(), rule));
      }
    }
    List<HostGlob> hosts = top.containsKey("hosts") ? hosts(top.get("hosts").getValueNode()) : List.of();
    List<ExplicitPair> peers = top.containsKey("peers") ? peers(top.get("peers").getValueNode()) : List.of();
    return new LintConfig(base, profile, targets, rules, globs(top.get("include")), globs(top.get("exclude")), failOn,
        hosts, peers);
  }

  /** {@code hosts:} a list of globs, or of {@code {glob: ..., target: ...}}. */
  private List<HostGlob> hosts(Node node) throws ConfigException {
    if (!(node instanceof SequenceNode)) {
      throw error(node, "hosts must be a list of globs naming host directories");
    }
    List<HostGlob> hosts = new ArrayList<>();
    for (Node item : ((SequenceNode) node).getValue()) {
      if (item instanceof ScalarNode) {
        hosts.add(new HostGlob(glob(item), Optional.empty()));
        continue;
      }
      Map<String, NodeTuple> keys = mapping(item, "a host", HOST_KEYS);
      if (!keys.containsKey("glob")) {
        throw error(item, "a host needs a glob");
      }
      Optional<Target> target = Optional.empty();
      if (keys.containsKey("target")) {
        Node value = keys.get("target").getValueNode();
        String written = scalar(value, "a target");
        target = Optional.of(Target.parse(written).orElseThrow(() -> error(value,
            "unknown target '" + written + "'; write e.g. strongswan-5.9.8, libreswan-4.10 or strongswan-6")));
      }
      hosts.add(new HostGlob(glob(keys.get("glob").getValueNode()), target));
    }
    return hosts;
  }

  /** {@code peers:} a list of two-element lists of {@code host/file#conn} references. */
  private List<ExplicitPair> peers(Node node) throws ConfigException {
    if (!(node instanceof SequenceNode)) {
      throw error(node, "peers must be a list of pairs such as [site-a/ipsec.conf#to-b, site-b#to-a]");
    }
    List<ExplicitPair> pairs = new ArrayList<>();
    for (Node item : ((SequenceNode) node).getValue()) {
      if (!(item instanceof SequenceNode) || ((SequenceNode) item).getValue().size() != 2) {
        throw error(item, "a pair lists exactly two connections, e.g. [site-a/ipsec.conf#to-b, site-b#to-a]");
      }
      List<Node> ends = ((SequenceNode) item).getValue();
      pairs.add(new ExplicitPair(reference(ends.get(0)), reference(ends.get(1)), span(item)));
    }
    return pairs;
  }

  private ConnectionRef reference(Node node) throws ConfigException {
    String written = scalar(node, "a connection reference");
    return ConnectionRef.parse(written).orElseThrow(() -> error(node,
        "'" + written + "' is not a connection reference; write host/file#conn or host#conn"));
  }

  private Span span(Node node) {
    Mark start = node.getStartMark();
    Mark end = node.getEndMark();
    return new Span(source, start.getLine() + 1, start.getColumn() + 1, end.getLine() + 1, end.getColumn() + 1);
  }

  /** {@code profile: NAME} or {@code profile: {name: NAME, high_protection: true}}. */
  private ProfileSelection profile(Node node) throws ConfigException {
    Node nameNode = node;
    boolean highProtection = false;
    if (node instanceof MappingNode) {
      Map<String, NodeTuple> entries = mapping(node, "profile", Set.of("name", "high_protection"));
      if (!entries.containsKey("name")) {
        throw error(node, "profile needs a name");
      }
      nameNode = entries.get("name").getValueNode();
      if (entries.containsKey("high_protection")) {
        Node flag = entries.get("high_protection").getValueNode();
        String written = scalar(flag, "high_protection");
        if (!written.equals("true") && !written.equals("false")) {
          throw error(flag, "high_protection must be true or false, not '" + written + "'");
        }
        highProtection = written.equals("true");
      }
    }
    String name = scalar(nameNode, "profile");
    Node at = nameNode;
    Profile profile = Profile.fromLabel(name).orElseThrow(() -> error(at,
        "unknown profile '" + name + "'; use one of " + Profile.labels()));
    if (highProtection && profile != Profile.BSI_TR_02102_3) {
      throw error(node, "high_protection is an option of bsi-tr-02102-3 only");
    }
    return new ProfileSelection(profile, highProtection);
  }

  private RuleSetting ruleSetting(Node node, RuleDescriptor rule) throws ConfigException {
    Map<String, NodeTuple> keys = mapping(node, "rule '" + rule.id() + "'", RULE_KEYS);
    Optional<Severity> severity = Optional.empty();
    if (keys.containsKey("severity")) {
      Node value = keys.get("severity").getValueNode();
      String written = scalar(value, "severity");
      severity = Optional.of(severity(written).orElseThrow(() -> error(value,
          "severity must be error, warning or note, not '" + written + "'")));
    }
    boolean off = false;
    if (keys.containsKey("off")) {
      Node value = keys.get("off").getValueNode();
      if (!(value instanceof ScalarNode) || !value.getTag().equals(Tag.BOOL)) {
        throw error(value, "off must be true or false");
      }
      off = Set.of("true", "yes", "on").contains(((ScalarNode) value).getValue().toLowerCase(Locale.ROOT));
    }
    Map<String, String> options = new LinkedHashMap<>();
    if (keys.containsKey("options")) {
      for (NodeTuple option : mapping(keys.get("options").getValueNode(), "options", null).values()) {
        String name = scalar(option.getKeyNode(), "an option name");
        if (!rule.options().contains(name)) {
          throw error(option.getKeyNode(), "rule '" + rule.id() + "' has no option '" + name + "'"
              + (rule.options().isEmpty() ? "; it takes none" : "; it takes " + String.join(", ", rule.options().stream().sorted().toList())));
        }
        options.put(name, scalar(option.getValueNode(), "option " + name));
      }
    }
    return new RuleSetting(severity, off, new RuleOptions(options));
  }

  private static Optional<Severity> severity(String written) {
    for (Severity severity : Severity.values()) {
      if (severity.label().equals(written)) {
        return Optional.of(severity);
      }
    }
    return Optional.empty();
  }

  private List<PathGlob> globs(NodeTuple entry) throws ConfigException {
    List<PathGlob> globs = new ArrayList<>();
    if (entry == null) {
      return globs;
    }
    Node node = entry.getValueNode();
    if (node instanceof ScalarNode) {
      globs.add(glob(node));
      return globs;
    }
    if (!(node instanceof SequenceNode)) {
      throw error(node, "expected a glob or a list of globs");
    }
    for (Node item : ((SequenceNode) node).getValue()) {
      globs.add(glob(item));
    }
    return globs;
  }

  private PathGlob glob(Node node) throws ConfigException {
    String pattern = scalar(node, "a glob");
    try {
      return PathGlob.of(pattern);
    } catch (IllegalArgumentException e) {
      throw error(node, "not a valid glob: '" + pattern + "'");
    }
  }

  /** A mapping's entries by key, in order; unknown keys (when {@code allowed} is given) and duplicates are errors. */
  private Map<String, NodeTuple> mapping(Node node, String what, Set<String> allowed) throws ConfigException {
    if (!(node instanceof MappingNode)) {
      throw error(node, what + " must be a mapping of keys to values");
    }
    Map<String, NodeTuple> entries = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    for (NodeTuple tuple : ((MappingNode) node).getValue()) {
      String key = scalar(tuple.getKeyNode(), "a key");
      if (allowed != null && !allowed.contains(key)) {
        throw error(tuple.getKeyNode(), "unknown key '" + key + "' in " + what + "; expected one of "
            + String.join(", ", allowed.stream().sorted().toList()));
      }
      if (!seen.add(key)) {
        throw error(tuple.getKeyNode(), "'" + key + "' is given twice in " + what);
      }
      entries.put(key, tuple);
    }
    return entries;
  }

  private String scalar(Node node, String what) throws ConfigException {
    if (!(node instanceof ScalarNode)) {
      throw error(node, what + " must be a single value");
    }
    return ((ScalarNode) node).getValue();
  }

  private ConfigException error(Node node, String problem) {
    Mark mark = node.getStartMark();
    return new ConfigException(file, mark.getLine() + 1, mark.getColumn() + 1, problem);
  }
}
