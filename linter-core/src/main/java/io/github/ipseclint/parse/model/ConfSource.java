// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.model;

import io.github.ipseclint.model.conf.ResolvedSection;
import io.github.ipseclint.model.conf.ResolvedSetting;
import io.github.ipseclint.model.ipsec.Provenance;
import io.github.ipseclint.model.source.Span;
import java.util.List;
import java.util.Optional;

/** An ipsec.conf conn with {@code %default} and {@code also=} already resolved by the reader. */
record ConfSource(ResolvedSection section) implements OptionSource {

  @Override
  public Optional<RawValue> raw(String key) {
    return section.setting(key)
        .filter(setting -> !setting.value().isEmpty())
        .map(setting -> new RawValue(key, setting.value(), span(setting), provenance(setting)));
  }

  @Override
  public List<String> keys() {
    return section.settings().entrySet().stream()
        .filter(entry -> !entry.getValue().value().isEmpty()).map(java.util.Map.Entry::getKey).toList();
  }

  /** The value's own span when written, else the whole line. */
  private static Span span(ResolvedSetting setting) {
    return setting.setting().value().map(value -> value.span()).orElse(setting.setting().span());
  }

  private static Provenance provenance(ResolvedSetting setting) {
    switch (setting.origin()) {
      case ALSO:
        return Provenance.inherited(Provenance.Kind.INHERITED_ALSO, setting.from());
      case DEFAULT:
        return Provenance.inherited(Provenance.Kind.INHERITED_DEFAULT, setting.from());
      default:
        return Provenance.WRITTEN;
    }
  }
}
