// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.strongswan;

import io.github.ipseclint.model.conf.SectionKind;
import io.github.ipseclint.model.keyword.Keyword;
import io.github.ipseclint.model.keyword.KeywordStatus;
import io.github.ipseclint.model.keyword.KeywordTable;
import io.github.ipseclint.model.target.Version;
import io.github.ipseclint.parse.keyword.KeywordTables;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The answers {@link KeywordCheck} and {@link ConfreadCheck} need about a key, worked out once per
 * release for every name of the keyword table: the keyword checks ask for every setting of every
 * section, and walking the table's entries, their release lists and section lists each time cost
 * more than the rest of the check.
 */
final class KeywordIndex {
  private static final KeywordTable TABLE = KeywordTables.STRONGSWAN_IPSEC_CONF;
  private static final Map<Version, KeywordIndex> BY_VERSION = new ConcurrentHashMap<>();

  /** What confread does with a key in a section of one kind: the entry it converts the key with. */
  record Usable(Keyword keyword, KeywordStatus status, StarterValue syntax) {}

  /** One table name. */
  private record Name(Keyword firstKnown, Usable[] usableByKind) {}

  private final Map<String, Name> names = new HashMap<>();
  private final Map<SectionKind, List<String>> suggestions = new EnumMap<>(SectionKind.class);

  private KeywordIndex(Version version) {
    for (String name : TABLE.names()) {
      Keyword firstKnown = null;
      Usable[] usable = new Usable[SectionKind.values().length];
      for (Keyword keyword : TABLE.lookup(name)) {
        KeywordStatus status = keyword.statusAt(version);
        if (status == KeywordStatus.UNKNOWN) {
          continue;
        }
        firstKnown = firstKnown == null ? keyword : firstKnown;
        for (SectionKind kind : SectionKind.values()) {
          if (usable[kind.ordinal()] == null && allowedIn(keyword, kind)) {
            usable[kind.ordinal()] = new Usable(keyword, status, StarterValue.of(kind, name));
          }
        }
      }
      names.put(name, new Name(firstKnown, usable));
    }
    for (SectionKind kind : SectionKind.values()) {
      List<String> current = new ArrayList<>();
      for (String name : TABLE.names()) {
        if (TABLE.lookup(name).stream().anyMatch(keyword -> allowedIn(keyword, kind)
            && keyword.statusAt(version) == KeywordStatus.CURRENT)) {
          current.add(name);
        }
      }
      suggestions.put(kind, List.copyOf(current));
    }
  }

  static KeywordIndex at(Version version) {
    return BY_VERSION.computeIfAbsent(version, KeywordIndex::new);
  }

  /** The first entry known in this release and allowed in that kind of section, or null. */
  Usable usable(String key, SectionKind kind) {
    Name name = names.get(key);
    return name == null ? null : name.usableByKind()[kind.ordinal()];
  }

  /** The first entry of {@code key} known in this release in any section, or null. */
  Keyword firstKnown(String key) {
    Name name = names.get(key);
    return name == null ? null : name.firstKnown();
  }

  /** The names current in this release for that kind of section, in table order: did-you-mean candidates. */
  List<String> suggestions(SectionKind kind) {
    return suggestions.get(kind);
  }

  private static boolean allowedIn(Keyword keyword, SectionKind kind) {
    if (kind == SectionKind.CONFIG_SETUP) {
      return keyword.allowedIn("config setup");
    }
    if (kind == SectionKind.CA) {
      return keyword.allowedIn("ca");
    }
    return keyword.allowedIn("conn") || keyword.allowedIn("conn (left end)")
        || keyword.allowedIn("conn (right end)");
  }
}
