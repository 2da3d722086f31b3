// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.model;

import io.github.ipseclint.model.ipsec.Provenance;
import io.github.ipseclint.model.settings.ResolvedSection;
import io.github.ipseclint.model.settings.ResolvedValue;
import java.util.List;
import java.util.Optional;

/** A swanctl.conf section with references applied as libstrongswan's lookups apply them. */
record SwanctlSource(ResolvedSection section) implements OptionSource {

  @Override
  public Optional<RawValue> raw(String key) {
    return section.value(key).map(value -> new RawValue(key, value.text(),
        value.value().orElseThrow().span(), provenance(value)));
  }

  @Override
  public List<String> keys() {
    return section.values().stream().map(value -> value.key().latin1()).toList();
  }

  private static Provenance provenance(ResolvedValue value) {
    return value.inheritedFrom()
        .map(from -> Provenance.inherited(Provenance.Kind.INHERITED_REFERENCE, from))
        .orElse(Provenance.WRITTEN);
  }
}
