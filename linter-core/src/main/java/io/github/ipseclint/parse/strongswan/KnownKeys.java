// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.strongswan;

import io.github.ipseclint.model.source.ByteText;
import io.github.ipseclint.model.source.SourceFile;
import io.github.ipseclint.parse.keyword.KeywordTables;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The keyword table's names as shared {@link ByteText}s, found straight from a key's bytes in the
 * file. Nearly every setting's key is one of them: sharing one instance saves the key's copy, and
 * since the text is the same (interned) {@code String} that {@link KeywordIndex} is keyed by, every
 * later map lookup of the key matches by identity instead of comparing characters.
 *
 * <p>This runs for every key of every file, between the lexer's and the parser's work, so the
 * table is laid out for few cache misses: hashes and spellings in flat arrays, and the shared
 * instance is only handed out, never read.
 */
final class KnownKeys {
  private static final Table TABLE = new Table(KeywordTables.STRONGSWAN_IPSEC_CONF.names());

  private KnownKeys() {}

  /** The table name interned as it is used throughout ({@code String.intern}, so literals match it too). */
  static String canonical(String name) {
    return name.intern();
  }

  /** The bytes {@code [start, end)} of {@code file}: the shared instance when they spell a table name. */
  static ByteText of(SourceFile file, int start, int end) {
    int length = end - start;
    if (length <= 0) {
      return file.slice(start, end);
    }
    int hash = hash(length, file.byteAt(start), file.byteAt(start + length / 2), file.byteAt(end - 1));
    ByteText known = TABLE.find(file, start, end, hash);
    return known != null ? known : file.slice(start, end);
  }

  /**
   * The length and three of the bytes, not every byte: hashing the whole key cost more than the
   * rest of the lookup, and the names differ enough there that a probe rarely meets another.
   */
  private static int hash(int length, byte first, byte middle, byte last) {
    return ((length * 31 + first) * 31 + middle) * 31 + last;
  }

  /** Open addressing over {@link #hash}, at most half full; {@code spellingAt} -1 marks a free slot. */
  private static final class Table {
    private final int[] hashes;
    private final int[] spellingAt;
    private final int[] lengths;
    private final byte[] spellings;
    private final ByteText[] texts;

    Table(List<String> names) {
      int size = Integer.highestOneBit(Math.max(names.size(), 1) * 2 - 1) << 1;
      hashes = new int[size];
      spellingAt = new int[size];
      lengths = new int[size];
      texts = new ByteText[size];
      Arrays.fill(spellingAt, -1);
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      for (String name : names) {
        byte[] spelling = name.getBytes(StandardCharsets.ISO_8859_1);
        int length = spelling.length;
        int hash = hash(length, spelling[0], spelling[length / 2], spelling[length - 1]);
        int slot = slotOf(hash);
        while (spellingAt[slot] >= 0) {
          slot = next(slot);
        }
        hashes[slot] = hash;
        spellingAt[slot] = all.size();
        lengths[slot] = spelling.length;
        texts[slot] = new ByteText(canonical(name));
        all.writeBytes(spelling);
      }
      spellings = all.toByteArray();
    }

    ByteText find(SourceFile file, int start, int end, int hash) {
      for (int slot = slotOf(hash); spellingAt[slot] >= 0; slot = next(slot)) {
        if (hashes[slot] == hash && lengths[slot] == end - start && spells(file, start, spellingAt[slot], lengths[slot])) {
          return texts[slot];
        }
      }
      return null;
    }

    private boolean spells(SourceFile file, int start, int at, int length) {
      for (int i = 0; i < length; i++) {
        if (file.byteAt(start + i) != spellings[at + i]) {
          return false;
        }
      }
      return true;
    }

    private int slotOf(int hash) {
      return (hash ^ (hash >>> 16)) & (hashes.length - 1);
    }

    private int next(int slot) {
      return (slot + 1) & (hashes.length - 1);
    }
  }
}
