// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.keyword;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A daemon's keyword table (strongSwan ipsec.conf, Libreswan ipsec.conf, swanctl.conf). The same
 * name may have several entries, one per section kind it is valid in.
 */
public final class KeywordTable {
  private final String name;
  private final Map<String, List<Keyword>> byName;
  private final boolean caseInsensitive;
  private final List<String> names;

  /**
   * @param caseInsensitive Libreswan looks keywords up ignoring case; strongSwan does not
   */
  public KeywordTable(String name, List<Keyword> keywords, boolean caseInsensitive) {
    this.name = name;
    this.caseInsensitive = caseInsensitive;
    Map<String, List<Keyword>> index = new LinkedHashMap<>();
    for (Keyword keyword : keywords) {
      index.computeIfAbsent(normalize(keyword.name()), key -> new ArrayList<>()).add(keyword);
    }
    index.replaceAll((key, list) -> List.copyOf(list));
    this.byName = Collections.unmodifiableMap(index);
    this.names = byName.values().stream().map(list -> list.get(0).name()).toList();
  }

  public String name() {
    return name;
  }

  /** Every entry of that name (in any section). */
  public List<Keyword> lookup(String keyword) {
    return byName.getOrDefault(normalize(keyword), List.of());
  }

  /** The entry of that name valid in {@code section}, if any. */
  public Optional<Keyword> lookup(String keyword, String section) {
    for (Keyword entry : lookup(keyword)) {
      if (entry.allowedIn(section)) {
        return Optional.of(entry);
      }
    }
    return Optional.empty();
  }

  /** All distinct names, for did-you-mean suggestions. */
  public List<String> names() {
    return names;
  }

  private String normalize(String keyword) {
    return caseInsensitive ? keyword.toLowerCase(Locale.ROOT) : keyword;
  }
}
