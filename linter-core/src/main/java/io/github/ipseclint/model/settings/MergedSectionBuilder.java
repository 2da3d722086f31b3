// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.settings;

import io.github.ipseclint.model.source.ByteText;
import io.github.ipseclint.model.source.Located;
import io.github.ipseclint.model.source.SourceFile;
import io.github.ipseclint.model.source.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A section being merged while the files are read, the way libstrongswan merges them (formats.md
 * §3.3); {@link #build()} freezes it into a {@link MergedSection}, which takes over its maps
 * rather than indexing the keys and subsections again. One is made for every section of every
 * file, and most have no references and many no subsections, so those maps are only made when
 * something goes into them.
 */
public final class MergedSectionBuilder {
  private final ByteText name;
  private final ByteText path;
  private final List<Span> declarations = new ArrayList<>(1);
  private Map<ByteText, Located<ByteText>> references = Map.of();
  private final Map<ByteText, MergedKey> keys = new LinkedHashMap<>();
  private Map<ByteText, MergedSectionBuilder> sections = Map.of();

  /** The builder of a root section. */
  public MergedSectionBuilder() {
    this(ByteText.EMPTY, ByteText.EMPTY);
  }

  private MergedSectionBuilder(ByteText name, ByteText path) {
    this.name = name;
    this.path = path;
  }

  public void declaredAt(Span span) {
    declarations.add(span);
  }

  /** A repeated identical reference is kept once (formats.md §3.3). */
  public void reference(Located<ByteText> reference) {
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
  public MergedKey key(SettingsKeyValue setting) {
    ByteText key = setting.keyText();
    MergedKey previous = keys.put(key, new MergedKey(key, setting.key().span(), setting));
    if (previous != null) {
      // A repeated key is rare: the common case costs one map lookup, not a get and a put.
      keys.put(key, new MergedKey(key, previous.firstSpan(), setting));
    }
    return previous;
  }

  /** The dotted path from the root; empty for the root. */
  public ByteText path() {
    return path;
  }

  /** Where the section was first written, or null when it is not written yet. */
  public Span firstDeclaration() {
    return declarations.isEmpty() ? null : declarations.get(0);
  }

  /** Where the section was first written in {@code file}, or null. */
  public Span firstDeclarationIn(SourceFile file) {
    for (Span declaration : declarations) {
      if (declaration.file().equals(file)) {
        return declaration;
      }
    }
    return null;
  }

  /** The subsection {@code child}, made when it is first written. */
  public MergedSectionBuilder section(ByteText child) {
    if (sections.isEmpty()) {
      sections = new LinkedHashMap<>();
    }
    MergedSectionBuilder section = sections.get(child);
    if (section == null) {
      section = new MergedSectionBuilder(child, path.isEmpty() ? child : new ByteText(path.latin1() + "." + child.latin1()));
      sections.put(child, section);
    }
    return section;
  }

  /** The merged section; hands this builder's maps over, so the builder is not used afterwards. */
  public MergedSection build() {
    // Even an empty Map.of() makes an iterator to be looped over, and most sections are leaves.
    Map<ByteText, MergedSection> children = Map.of();
    if (!sections.isEmpty()) {
      children = new LinkedHashMap<>();
      for (MergedSectionBuilder child : sections.values()) {
        children.put(child.name, child.build());
      }
    }
    List<Located<ByteText>> referenceList = references.isEmpty() ? List.of() : List.copyOf(references.values());
    return new MergedSection(name, path, declarations, referenceList, keys, children);
  }
}
