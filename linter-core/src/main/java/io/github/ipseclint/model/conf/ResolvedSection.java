// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.conf;

import io.github.ipseclint.model.source.ByteText;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One section as the daemon sees it after resolution.
 *
 * @param headers every header that contributed (strongSwan merges same-named sections)
 * @param settings the effective settings by canonical key (strongSwan: the key as written;
 *     Libreswan: lower case with {@code left-}/{@code right-} folded to {@code left}/{@code
 *     right}), in first-written order; a key whose effective value is "unset" is absent
 * @param written every setting written in this section's own bodies, in order, including the
 *     ones that lost to another (for duplicate-key rules)
 * @param also the {@code also=} references in written order
 * @param status whether the daemon loads the section
 */
public record ResolvedSection(
    SectionKind kind,
    ByteText name,
    List<SectionHeader> headers,
    Map<String, ResolvedSetting> settings,
    List<Setting> written,
    List<Setting> also,
    LoadStatus status) {

  public ResolvedSection {
    headers = List.copyOf(headers);
    settings = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(settings));
    written = List.copyOf(written);
    also = List.copyOf(also);
  }

  public Optional<ResolvedSetting> setting(String canonicalKey) {
    return Optional.ofNullable(settings.get(canonicalKey));
  }

  /** The first header, where findings about the whole section are reported. */
  public SectionHeader header() {
    return headers.get(0);
  }
}
