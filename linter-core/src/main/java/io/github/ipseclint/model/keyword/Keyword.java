// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.keyword;

import io.github.ipseclint.model.target.Version;
import java.util.List;
import java.util.Optional;

/**
 * One keyword of a daemon's configuration table, with its status in each release the table
 * describes.
 *
 * @param name the keyword as the daemon's table spells it
 * @param sections where it may appear ({@code conn}, {@code config setup}, {@code conn (left
 *     end)}, or a swanctl path such as {@code connections.<conn>.children.<child>})
 * @param valueType the value syntax, as researched (free text for now)
 * @param defaultValue the daemon's default, empty when none
 * @param releases the releases the status list describes, oldest first
 * @param statuses per release: {@code yes}, {@code no}, {@code obsolete} or {@code alias:<name>}
 */
public record Keyword(
    String name,
    List<String> sections,
    String valueType,
    String defaultValue,
    List<Version> releases,
    List<String> statuses) {

  public Keyword {
    sections = List.copyOf(sections);
    releases = List.copyOf(releases);
    statuses = List.copyOf(statuses);
    if (releases.size() != statuses.size() || releases.isEmpty()) {
      throw new IllegalArgumentException("keyword " + name + ": one status per release expected");
    }
  }

  /** The status in {@code version}: that of the newest described release not after it. */
  public KeywordStatus statusAt(Version version) {
    String status = rawStatusAt(version);
    if (status.equals("yes")) {
      return KeywordStatus.CURRENT;
    }
    if (status.equals("obsolete")) {
      return KeywordStatus.OBSOLETE;
    }
    if (status.startsWith("alias:")) {
      return KeywordStatus.ALIAS;
    }
    return KeywordStatus.UNKNOWN;
  }

  /** The primary spelling this keyword stands for in {@code version}, when it is an alias. */
  public Optional<String> aliasOf(Version version) {
    String status = rawStatusAt(version);
    return status.startsWith("alias:") ? Optional.of(status.substring(6)) : Optional.empty();
  }

  public boolean allowedIn(String section) {
    return sections.contains(section);
  }

  private String rawStatusAt(Version version) {
    int index = 0;
    for (int i = 0; i < releases.size(); i++) {
      if (!version.isBefore(releases.get(i))) {
        index = i;
      }
    }
    return statuses.get(index);
  }
}
