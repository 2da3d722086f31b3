// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.settings;

import io.github.ipseclint.model.settings.MergedKey;
import io.github.ipseclint.model.settings.MergedSection;
import io.github.ipseclint.model.settings.SettingsKeyValue;
import io.github.ipseclint.model.source.ByteText;
import io.github.ipseclint.model.source.Located;
import io.github.ipseclint.model.source.SourceFile;
import io.github.ipseclint.model.source.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A section being merged while the files are read; frozen into a {@link MergedSection}. One is
 * made for every section of every file, and most have no references and many no subsections, so
 * those maps are only made when something goes into them.
 */
final class SectionBuilder {
  private final ByteText name;
  private final ByteText path;
  private final List<Span> declarations = new ArrayList<>(1);
  private Map<ByteText, Located<ByteText>> references = Map.of();
  private final Map<ByteText, MergedKey> keys = new LinkedHashMap<>();
  private Map<ByteText, SectionBuilder> sections = Map.of();

  SectionBuilder(ByteText name, ByteText path) {
    this.name = name;
    this.path = path;
  }

  void declaredAt(Span span) {
    declarations.add(span);
  }

  /** A repeated identical reference is kept once (formats.md §3.3). */
  void reference(Located<ByteText> reference) {
    if (references.isEmpty()) {
      references = new LinkedHashMap<>();
    }
    references.putIfAbsent(reference.value(), reference);
  }

  /**
   * The last value wins; the key keeps the enumeration position of its first occurrence.
   *
   * @return the assignment this one replaces, or null
   */
  MergedKey key(SettingsKeyValue setting) {
    ByteText key = setting.keyText();
    MergedKey previous = keys.get(key);
    Span first = previous == null ? setting.key().span() : previous.firstSpan();
    keys.put(key, new MergedKey(key, first, setting));
    return previous;
  }

  ByteText path() {
    return path;
  }

  /** Where the section was first written, or null when it is not written yet. */
  Span firstDeclaration() {
    return declarations.isEmpty() ? null : declarations.get(0);
  }

  /** Where the section was first written in {@code file}, or null. */
  Span firstDeclarationIn(SourceFile file) {
    for (Span declaration : declarations) {
      if (declaration.file().equals(file)) {
        return declaration;
      }
    }
    return null;
  }

  SectionBuilder section(ByteText child) {
    if (sections.isEmpty()) {
      sections = new LinkedHashMap<>();
    }
    SectionBuilder section = sections.get(child);
    if (section == null) {
      section = new SectionBuilder(child, path.isEmpty() ? child : new ByteText(path.latin1() + "." + child.latin1()));
      sections.put(child, section);
    }
    return section;
  }

  MergedSection build() {
    List<MergedSection> children = new ArrayList<>(sections.size());
    for (SectionBuilder child : sections.values()) {
      children.add(child.build());
    }
    return new MergedSection(name, path, declarations, references.values(), keys.values(), children);
  }
}
