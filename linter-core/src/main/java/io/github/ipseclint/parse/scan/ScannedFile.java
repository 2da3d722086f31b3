// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.parse.scan;

import io.github.ipseclint.model.document.Document;
import io.github.ipseclint.model.target.Implementation;
import io.github.ipseclint.parse.detect.DialectVerdict;
import java.util.Optional;

/**
 * One top-level file that was read, with the dialect it was read in and, where the dialect was
 * detected rather than given, the evidence.
 */
public record ScannedFile(Document document, Implementation dialect, Optional<DialectVerdict> detection) {}
