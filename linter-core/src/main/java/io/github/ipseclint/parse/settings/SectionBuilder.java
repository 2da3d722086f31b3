// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.settings;

import io.github.ipseclint.model.settings.MergedKey;
import io.github.ipseclint.model.settings.MergedSection;
import io.github.ipseclint.model.settings.SettingsKeyValue;
import io.github.ipseclint.model.source.ByteText;
import io.github.ipseclint.model.source.Located;
import io.github.ipseclint.model.source.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A section being merged while the files are read; frozen into a {@link MergedSection}. */
final class SectionBuilder {
  private final ByteText name;
  private final ByteText path;
  private final List<Span> declarations = new ArrayList<>();
  private final Map<ByteText, Located<ByteText>> references = new LinkedHashMap<>();
  private final Map<ByteText, MergedKey> keys = new LinkedHashMap<>();
  private final Map<ByteText, SectionBuilder> sections = new LinkedHashMap<>();

  SectionBuilder(ByteText name, ByteText path) {
    this.name = name;
    this.path = path;
  }

  void declaredAt(Span span) {
    declarations.add(span);
  }

  /** A repeated identical reference is kept once (formats.md §3.3). */
  void reference(Located<ByteText> reference) {
    references.putIfAbsent(reference.value(), reference);
  }

  /**
   * The last value wins; the key keeps the enumeration position of its first occurrence.
   *
   * @return the assignment this one replaces, if any
   */
  Optional<MergedKey> key(SettingsKeyValue setting) {
    MergedKey previous = keys.get(setting.keyText());
    Span first = previous == null ? setting.key().span() : previous.firstSpan();
    keys.put(setting.keyText(), new MergedKey(setting.keyText(), first, setting));
    return Optional.ofNullable(previous);
  }

  ByteText path() {
    return path;
  }

  /** Where the section was written before, in reading order. */
  List<Span> declarations() {
    return List.copyOf(declarations);
  }

  SectionBuilder section(ByteText child) {
    return sections.computeIfAbsent(child, key -> new SectionBuilder(key,
        path.isEmpty() ? key : new ByteText(path.latin1() + "." + key.latin1())));
  }

  MergedSection build() {
    List<MergedSection> children = new ArrayList<>();
    sections.values().forEach(child -> children.add(child.build()));
    return new MergedSection(name, path, declarations, List.copyOf(references.values()),
        List.copyOf(keys.values()), children);
  }
}
