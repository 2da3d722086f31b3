// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse;

import io.github.ipseclint.model.document.Document;
import io.github.ipseclint.model.source.SourceFile;

/**
 * Reads one syntax in one dialect: parses the file and its includes with the grammar, builds the
 * syntax trees and resolves the structure as the target daemon does. Never throws for bad input:
 * every problem is a finding in the context's sink.
 */
public interface FormatReader {

  Document read(SourceFile file, ReadContext context);
}
