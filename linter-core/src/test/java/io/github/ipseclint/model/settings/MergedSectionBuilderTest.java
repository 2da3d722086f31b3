// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.model.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ipseclint.model.source.ByteText;
import io.github.ipseclint.model.source.Located;
import io.github.ipseclint.model.source.SourceFile;
import io.github.ipseclint.model.source.Span;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MergedSectionBuilderTest {
  private static final SourceFile FILE = SourceFile.inMemory("t.conf", "a = 1\nb = 2\na = 3\n");

  private static SettingsKeyValue setting(int line) {
    int start = FILE.offset(line, 1);
    Span key = FILE.span(start, start + 1);
    Span value = FILE.span(start + 4, start + 5);
    return new SettingsKeyValue(new Located<>(FILE.slice(start, start + 1), key),
        Optional.of(new SettingsValue(List.of(new SettingsValuePart(FILE.slice(start + 4, start + 5), false, value)), value)),
        FILE.span(start, start + 5));
  }

  @Test
  void lastValueWinsAtThePositionOfTheFirst() {
    MergedSectionBuilder root = new MergedSectionBuilder();
    assertThat(root.key(setting(1))).isNull();
    assertThat(root.key(setting(2))).isNull();
    MergedKey replaced = root.key(setting(3));
    assertThat(replaced.winner().span().line()).isEqualTo(1);

    MergedSection section = root.build();
    assertThat(section.keys()).extracting(key -> key.key().latin1()).containsExactly("a", "b");
    MergedKey a = section.key(new ByteText("a")).orElseThrow();
    assertThat(a.firstSpan().line()).isEqualTo(1);
    assertThat(a.span().line()).isEqualTo(3);
  }

  @Test
  void subsectionsGetDottedPathsAndReferencesAreKeptOnce() {
    MergedSectionBuilder root = new MergedSectionBuilder();
    MergedSectionBuilder child = root.section(new ByteText("a")).section(new ByteText("b"));
    assertThat(root.section(new ByteText("a")).section(new ByteText("b"))).isSameAs(child);
    child.reference(new Located<>(new ByteText("x"), FILE.span(0, 1)));
    child.reference(new Located<>(new ByteText("x"), FILE.span(6, 7)));
    child.declaredAt(FILE.span(0, 1));

    MergedSection b = root.build().section(new ByteText("a")).orElseThrow().section(new ByteText("b")).orElseThrow();
    assertThat(b.path()).isEqualTo(new ByteText("a.b"));
    assertThat(b.references()).extracting(reference -> reference.span().line()).containsExactly(1);
    assertThat(b.declarations()).hasSize(1);
    assertThat(b.keys()).isEmpty();
    assertThat(b.sections()).isEmpty();
  }

  @Test
  void firstDeclarationInAFile() {
    SourceFile other = SourceFile.inMemory("u.conf", "x\n");
    MergedSectionBuilder section = new MergedSectionBuilder().section(new ByteText("s"));
    assertThat(section.firstDeclaration()).isNull();
    section.declaredAt(other.span(0, 1));
    section.declaredAt(FILE.span(6, 7));
    assertThat(section.firstDeclaration().file()).isEqualTo(other);
    assertThat(section.firstDeclarationIn(FILE).line()).isEqualTo(2);
    assertThat(section.firstDeclarationIn(SourceFile.inMemory("v.conf", "y\n"))).isNull();
  }
}
