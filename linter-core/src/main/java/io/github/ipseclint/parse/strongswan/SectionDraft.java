// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.strongswan;

import io.github.ipseclint.model.conf.SectionHeader;
import io.github.ipseclint.model.conf.SectionKind;
import io.github.ipseclint.model.conf.Setting;
import io.github.ipseclint.model.source.ByteText;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * All sections of one kind and name merged, as starter's parser merges them while reading: a
 * later setting replaces an earlier one of the same key, keeping the first-written position.
 */
final class SectionDraft {
  private final SectionKind kind;
  private final ByteText name;
  private final boolean isDefault;
  private final List<SectionHeader> headers = new ArrayList<>(1);
  private final List<Setting> written = new ArrayList<>();
  private final List<Setting> also = new ArrayList<>(2);
  private final LinkedHashMap<String, Setting> own = new LinkedHashMap<>();

  SectionDraft(SectionKind kind, ByteText name) {
    this.kind = kind;
    this.name = name;
    this.isDefault = kind != SectionKind.CONFIG_SETUP && name.latin1().equals("%default");
  }

  void addHeader(SectionHeader header) {
    headers.add(header);
  }

  /**
   * {@code also=} is the parser's business, never the keyword table's: it is ignored in
   * {@code config setup} and {@code %default}, and {@code also=%default} or an empty
   * {@code also=} adds nothing.
   *
   * @return the earlier setting of the same key that this one replaces, or null
   */
  Setting add(Setting setting) {
    written.add(setting);
    String key = setting.keyText().latin1();
    if (key.equals("also")) {
      String target = setting.valueText().latin1();
      if (kind != SectionKind.CONFIG_SETUP && !isDefault && !target.isEmpty()
          && !target.equals("%default")) {
        also.add(setting);
      }
      return null;
    }
    return own.put(key, setting);
  }

  SectionKind kind() {
    return kind;
  }

  ByteText name() {
    return name;
  }

  /** How the section is named in messages: {@code config setup}, {@code conn 'a'}. */
  String label() {
    return kind == SectionKind.CONFIG_SETUP ? "config setup" : kind.keyword() + " '" + name.display() + "'";
  }

  boolean isDefault() {
    return isDefault;
  }

  List<SectionHeader> headers() {
    return Collections.unmodifiableList(headers);
  }

  List<Setting> written() {
    return Collections.unmodifiableList(written);
  }

  List<Setting> also() {
    return Collections.unmodifiableList(also);
  }

  /** The section's own settings, one per key, last written wins, in the order each key was first written. */
  Collection<Setting> ownSettings() {
    return Collections.unmodifiableCollection(own.values());
  }

  int ownCount() {
    return own.size();
  }
}
