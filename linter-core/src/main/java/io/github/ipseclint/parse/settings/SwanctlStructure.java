// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.settings;

import io.github.ipseclint.model.finding.CoreRule;
import io.github.ipseclint.model.finding.Severity;
import io.github.ipseclint.model.keyword.Keyword;
import io.github.ipseclint.model.keyword.KeywordStatus;
import io.github.ipseclint.model.settings.ResolvedSection;
import io.github.ipseclint.model.settings.ResolvedValue;
import io.github.ipseclint.model.target.Target;
import io.github.ipseclint.model.target.Version;
import io.github.ipseclint.parse.FindingSink;
import io.github.ipseclint.parse.keyword.DidYouMean;
import io.github.ipseclint.parse.keyword.KeywordTables;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

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
  /** The known keys per release: a pure function of the bundled table, so shared. */
  private static final Map<Version, Tables> TABLES = new ConcurrentHashMap<>();

  private final Tables tables;
  private final FindingSink sink;

  SwanctlStructure(Target target, FindingSink sink) {
    this.tables = TABLES.computeIfAbsent(target.version(), SwanctlStructure::computeTables);
    this.sink = sink;
  }

  void check(ResolvedSection root) {
    root.section("connections").ifPresent(connections -> connections.sections().forEach(this::connection));
    root.section("secrets").ifPresent(secrets -> secrets.sections().forEach(this::secret));
  }

  private void connection(ResolvedSection conn) {
    percentInName(conn, "connection");
    keys(conn, conn, tables.connection());
    for (ResolvedSection sub : conn.sections()) {
      String name = sub.name().latin1();
      if (name.equalsIgnoreCase("children")) {
        sub.sections().forEach(child -> child(conn, child));
      } else if (startsWithIgnoringCase(name, "local") || startsWithIgnoringCase(name, "remote")) {
        authRound(conn, sub);
      } else {
        invalidSection(conn, sub);
      }
    }
  }

  private void child(ResolvedSection conn, ResolvedSection child) {
    percentInName(child, "CHILD_SA");
    keys(child, conn, tables.child());
    child.sections().forEach(sub -> invalidSection(conn, sub));
  }

  /** vici parses local and remote rounds with the same code, so each accepts the other's keys. */
  private void authRound(ResolvedSection conn, ResolvedSection round) {
    keys(round, conn, tables.authRound());
    for (ResolvedSection sub : round.sections()) {
      String name = sub.name().latin1();
      if (!startsWithIgnoringCase(name, "cert") && !startsWithIgnoringCase(name, "cacert")) {
        invalidSection(conn, sub);
      }
    }
  }

  /**
   * Like {@code text.toLowerCase(Locale.ROOT).startsWith(lowerPrefix)} for names (one char per
   * byte, so no case mapping changes the length), without a lowered copy of every name.
   */
  private static boolean startsWithIgnoringCase(String text, String lowerPrefix) {
    return text.regionMatches(true, 0, lowerPrefix, 0, lowerPrefix.length());
  }

  private void keys(ResolvedSection section, ResolvedSection conn, KnownKeys known) {
    for (ResolvedValue value : section.values()) {
      String key = value.key().latin1();
      if (!known.set().contains(key)) {
        sink.report(CoreRule.UNKNOWN_KEYWORD, value.span(), "loading connection '" + conn.name().display()
            + "' failed: unknown option: " + value.key().display() + ", config discarded"
            + via(value) + DidYouMean.hint(key, known.names()));
      }
    }
  }

  private void invalidSection(ResolvedSection conn, ResolvedSection section) {
    sink.report(CoreRule.UNKNOWN_KEYWORD, section.span(), "loading connection '" + conn.name().display()
        + "' failed: invalid section: " + section.name().display() + ", config discarded"
        + section.inheritedFrom().map(from -> " (inherited from '" + from.display() + "')").orElse(""));
  }

  private void secret(ResolvedSection secret) {
    percentInName(secret, "secret");
    String name = secret.name().latin1();
    boolean supported = tables.secretPrefixes().stream().anyMatch(name::startsWith);
    if (!supported) {
      sink.report(CoreRule.UNKNOWN_KEYWORD, Severity.WARNING, secret.span(),
          "ignoring unsupported secret '" + secret.name().display() + "': the type prefix is"
              + " case-sensitive (eap, xauth, ntlm, ike, ppk, private, rsa, ecdsa, pkcs8, pkcs12, token)");
    }
  }

  private void percentInName(ResolvedSection section, String what) {
    if (section.name().latin1().indexOf('%') >= 0 && !section.isInherited()) {
      sink.report(CoreRule.PARSE_ERROR, section.span(), "the " + what + " name '"
          + section.name().display() + "' contains '%': swanctl pastes names into printf-style"
          + " lookup paths, so its settings are lost or swanctl crashes; rename it");
    }
  }

  /**
   * Computed once per release, since every connection of every file asks the same questions;
   * a connection's sections then look their table up in a field rather than in a map.
   */
  private static Tables computeTables(Version release) {
    return new Tables(knownKeys(release, List.of(CONN)), knownKeys(release, List.of(CHILD)),
        knownKeys(release, List.of(CONN + ".local<suffix>", CONN + ".remote<suffix>")),
        secretPrefixes(release));
  }

  /** The keys the daemon accepts in a section of one of these table paths. */
  private static KnownKeys knownKeys(Version release, List<String> tablePaths) {
    List<String> known = new ArrayList<>();
    for (String keyword : KeywordTables.SWANCTL_CONF.names()) {
      for (String tablePath : tablePaths) {
        String prefix = tablePath + ".";
        List<Keyword> entries = KeywordTables.SWANCTL_CONF.lookup(keyword);
        if (keyword.startsWith(prefix) && keyword.indexOf('.', prefix.length()) < 0
            && !entries.get(0).valueType().startsWith("section") && isKnown(release, entries)) {
          known.add(keyword.substring(prefix.length()));
        }
      }
    }
    return new KnownKeys(List.copyOf(known), Set.copyOf(known));
  }

  /** The secret type prefixes ({@code eap}, {@code rsa} ...). */
  private static List<String> secretPrefixes(Version release) {
    return KeywordTables.SWANCTL_CONF.names().stream()
        .filter(keyword -> keyword.startsWith("secrets.") && keyword.endsWith("<suffix>"))
        .filter(keyword -> keyword.indexOf('.', "secrets.".length()) < 0)
        .filter(keyword -> isKnown(release, KeywordTables.SWANCTL_CONF.lookup(keyword)))
        .map(keyword -> keyword.substring("secrets.".length(), keyword.length() - "<suffix>".length()))
        .toList();
  }

  private static boolean isKnown(Version release, List<Keyword> entries) {
    return entries.stream().anyMatch(entry -> entry.statusAt(release) != KeywordStatus.UNKNOWN);
  }

  /** The keys of a connection, a child and an authentication round, and the secret types. */
  private record Tables(KnownKeys connection, KnownKeys child, KnownKeys authRound, List<String> secretPrefixes) {}

  /** The keys in table order (for suggestions) and as a set (for the per-key test). */
  private record KnownKeys(List<String> names, Set<String> set) {}

  private static String via(ResolvedValue value) {
    return value.inheritedFrom().map(from -> " (inherited from '" + from.display() + "')").orElse("");
  }
}
