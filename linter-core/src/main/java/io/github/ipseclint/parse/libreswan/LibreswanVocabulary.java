// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.libreswan;

import io.github.ipseclint.model.keyword.Keyword;
import io.github.ipseclint.model.keyword.KeywordStatus;
import io.github.ipseclint.model.keyword.KeywordTable;
import io.github.ipseclint.model.target.Version;
import io.github.ipseclint.parse.keyword.KeywordTables;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The keyword table as one Libreswan release's parser sees it, worked out once per release:
 * {@link LibreswanKeywords} looks up every setting of every file, and walking the table's entries,
 * their section lists and release lists for each one cost more than the rest of the check.
 */
final class LibreswanVocabulary {
  private static final KeywordTable TABLE = KeywordTables.LIBRESWAN_IPSEC_CONF;
  private static final List<String> CONN_SECTIONS = List.of("conn", "conn (left end)", "conn (right end)");
  private static final Map<Version, LibreswanVocabulary> BY_VERSION = new ConcurrentHashMap<>();

  /** How the parser checks a keyword's value before pluto sees it. */
  enum ValueCheck {
    BOOLEAN,
    PERCENT,
    NONE
  }

  /** The table entry a lower-case key finds in one kind of section, and what this release makes of it. */
  record Entry(Keyword keyword, KeywordStatus status, ValueCheck valueCheck) {
    boolean isKnown() {
      return status != KeywordStatus.UNKNOWN;
    }
  }

  private final Map<String, Optional<Entry>> configSetup = new HashMap<>();
  private final Map<String, Optional<Entry>> conn = new HashMap<>();

  private LibreswanVocabulary(Version version) {
    for (String name : TABLE.names()) {
      List<Keyword> entries = TABLE.lookup(name);
      String key = name.toLowerCase(Locale.ROOT);
      configSetup.put(key, first(entries, List.of("config setup")).map(keyword -> entry(keyword, version)));
      conn.put(key, first(entries, CONN_SECTIONS).map(keyword -> entry(keyword, version)));
    }
  }

  static LibreswanVocabulary at(Version version) {
    return BY_VERSION.computeIfAbsent(version, LibreswanVocabulary::new);
  }

  /** The entry a lower-case key finds in {@code config setup}. */
  Optional<Entry> configSetup(String key) {
    return configSetup.getOrDefault(key, Optional.empty());
  }

  /** The entry a lower-case key finds in a conn: the conn's own, else its left end's, else its right end's. */
  Optional<Entry> conn(String key) {
    return conn.getOrDefault(key, Optional.empty());
  }

  /** The first entry allowed in the first of {@code sections} that has one, as the parser's look-up. */
  private static Optional<Keyword> first(List<Keyword> entries, List<String> sections) {
    for (String section : sections) {
      for (Keyword entry : entries) {
        if (entry.allowedIn(section)) {
          return Optional.of(entry);
        }
      }
    }
    return Optional.empty();
  }

  private static Entry entry(Keyword keyword, Version version) {
    String type = keyword.valueType();
    ValueCheck check = type.startsWith("yes/no")
        || type.startsWith("enum: yes | no | true | false | on | off | y | n | 1 | 0")
        ? ValueCheck.BOOLEAN
        : type.startsWith("percent") ? ValueCheck.PERCENT : ValueCheck.NONE;
    return new Entry(keyword, keyword.statusAt(version), check);
  }
}
