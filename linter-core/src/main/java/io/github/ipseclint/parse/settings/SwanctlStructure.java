// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.settings;

import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;
import java.util.Map;
import io.github.ipseclint.model.target.Version;
import io.github.ipseclint.parse.keyword.DidYouMean;
import io.github.ipseclint.model.finding.CoreRule;
import io.github.ipseclint.model.finding.Severity;
import io.github.ipseclint.model.keyword.Keyword;
import io.github.ipseclint.model.keyword.KeywordStatus;
import io.github.ipseclint.model.settings.ResolvedSection;
import io.github.ipseclint.model.settings.ResolvedValue;
import io.github.ipseclint.model.source.Span;
import io.github.ipseclint.model.target.Target;
import io.github.ipseclint.parse.FindingSink;
import io.github.ipseclint.parse.keyword.KeywordTables;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What swanctl and the vici plugin refuse when loading a swanctl.conf (formats.md §3.5): unknown
 * keys and subsections of connections, children and authentication rounds, unsupported secret
 * types and {@code %} in names. Works on the resolved tree, so a key inherited through a
 * reference is checked for every connection that inherits it, at the place it is written.
 * Top-level sections other than connections, secrets, pools and authorities are templates and
 * are not checked.
 */
final class SwanctlStructure {
  private static final String CONN = "connections.<conn>";
  private static final String CHILD = CONN + ".children.<child>";
  /** Keys per release and table paths: a pure function of the bundled table, so shared. */
  private static final Map<KeySetKey, KnownKeys> KNOWN_KEYS = new ConcurrentHashMap<>();
  /** The secret type prefixes per release ({@code eap}, {@code rsa} ...), likewise shared. */
  private static final Map<Version, List<String>> SECRET_PREFIXES = new ConcurrentHashMap<>();

  private final Target target;
  private final FindingSink sink;

  SwanctlStructure(Target target, FindingSink sink) {
    this.target = target;
    this.sink = sink;
  }

  void check(ResolvedSection root) {
    root.section("connections").ifPresent(connections -> connections.sections().forEach(this::connection));
    root.section("secrets").ifPresent(secrets -> secrets.sections().forEach(this::secret));
  }

  private void connection(ResolvedSection conn) {
    String name = conn.name().display();
    percentInName(conn, "connection");
    keys(conn, name, List.of(CONN));
    for (ResolvedSection sub : conn.sections()) {
      String lower = sub.name().latin1().toLowerCase(Locale.ROOT);
      if (lower.equals("children")) {
        sub.sections().forEach(child -> child(name, child));
      } else if (lower.startsWith("local") || lower.startsWith("remote")) {
        authRound(name, sub);
      } else {
        invalidSection(name, sub);
      }
    }
  }

  private void child(String conn, ResolvedSection child) {
    percentInName(child, "CHILD_SA");
    keys(child, conn, List.of(CHILD));
    child.sections().forEach(sub -> invalidSection(conn, sub));
  }

  /** vici parses local and remote rounds with the same code, so each accepts the other's keys. */
  private void authRound(String conn, ResolvedSection round) {
    keys(round, conn, List.of(CONN + ".local<suffix>", CONN + ".remote<suffix>"));
    for (ResolvedSection sub : round.sections()) {
      String lower = sub.name().latin1().toLowerCase(Locale.ROOT);
      if (!lower.startsWith("cert") && !lower.startsWith("cacert")) {
        invalidSection(conn, sub);
      }
    }
  }

  private void keys(ResolvedSection section, String conn, List<String> tablePaths) {
    KnownKeys known = knownKeys(tablePaths);
    for (ResolvedValue value : section.values()) {
      String key = value.key().latin1();
      if (!known.set().contains(key)) {
        sink.report(CoreRule.UNKNOWN_KEYWORD, value.span(), "loading connection '" + conn
            + "' failed: unknown option: " + value.key().display() + ", config discarded"
            + via(value) + suggestion(key, known.names()));
      }
    }
  }

  private void invalidSection(String conn, ResolvedSection section) {
    sink.report(CoreRule.UNKNOWN_KEYWORD, section.span(), "loading connection '" + conn
        + "' failed: invalid section: " + section.name().display() + ", config discarded"
        + section.inheritedFrom().map(from -> " (inherited from '" + from.display() + "')").orElse(""));
  }

  private void secret(ResolvedSection secret) {
    percentInName(secret, "secret");
    String name = secret.name().latin1();
    boolean supported = SECRET_PREFIXES.computeIfAbsent(target.version(), version -> secretPrefixes())
        .stream().anyMatch(name::startsWith);
    if (!supported) {
      sink.report(CoreRule.UNKNOWN_KEYWORD, Severity.WARNING, secret.span(),
          "ignoring unsupported secret '" + secret.name().display() + "': the type prefix is"
              + " case-sensitive (eap, xauth, ntlm, ike, ppk, private, rsa, ecdsa, pkcs8, pkcs12, token)");
    }
  }

  private List<String> secretPrefixes() {
    return KeywordTables.SWANCTL_CONF.names().stream()
        .filter(keyword -> keyword.startsWith("secrets.") && keyword.endsWith("<suffix>"))
        .filter(keyword -> keyword.indexOf('.', "secrets.".length()) < 0)
        .filter(keyword -> isKnown(KeywordTables.SWANCTL_CONF.lookup(keyword)))
        .map(keyword -> keyword.substring("secrets.".length(), keyword.length() - "<suffix>".length()))
        .toList();
  }

  private void percentInName(ResolvedSection section, String what) {
    if (section.name().latin1().contains("%") && !section.isInherited()) {
      sink.report(CoreRule.PARSE_ERROR, section.span(), "the " + what + " name '"
          + section.name().display() + "' contains '%': swanctl pastes names into printf-style"
          + " lookup paths, so its settings are lost or swanctl crashes; rename it");
    }
  }

  /**
   * The keys the daemon accepts in a section of one of these table paths; computed once per
   * release and path set, since every connection of every file asks the same question.
   */
  private KnownKeys knownKeys(List<String> tablePaths) {
    return KNOWN_KEYS.computeIfAbsent(new KeySetKey(target.version(), List.copyOf(tablePaths)), this::computeKnownKeys);
  }

  private KnownKeys computeKnownKeys(KeySetKey key) {
    List<String> known = new ArrayList<>();
    for (String keyword : KeywordTables.SWANCTL_CONF.names()) {
      for (String tablePath : key.tablePaths()) {
        String prefix = tablePath + ".";
        List<Keyword> entries = KeywordTables.SWANCTL_CONF.lookup(keyword);
        if (keyword.startsWith(prefix) && keyword.indexOf('.', prefix.length()) < 0
            && !entries.get(0).valueType().startsWith("section") && isKnown(entries)) {
          known.add(keyword.substring(prefix.length()));
        }
      }
    }
    return new KnownKeys(List.copyOf(known), Set.copyOf(known));
  }

  private record KeySetKey(Version version, List<String> tablePaths) {}

  /** The keys in table order (for suggestions) and as a set (for the per-key test). */
  private record KnownKeys(List<String> names, Set<String> set) {}

  private boolean isKnown(List<Keyword> entries) {
    return entries.stream().anyMatch(entry -> entry.statusAt(target.version()) != KeywordStatus.UNKNOWN);
  }

  private static String via(ResolvedValue value) {
    return value.inheritedFrom().map(from -> " (inherited from '" + from.display() + "')").orElse("");
  }

  private static String suggestion(String key, List<String> known) {
    return DidYouMean.hint(key, known);
  }
}
