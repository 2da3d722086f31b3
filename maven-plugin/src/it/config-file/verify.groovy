// SPDX-License-Identifier: Apache-2.0
// .ipseclint.yaml in the project directory is found and honoured: the rule it turns off is silent.
def sarif = new File(basedir, 'target/ipseclint.sarif')
def rules = new groovy.json.JsonSlurper().parse(sarif).runs[0].results*.ruleId as Set
assert rules == ['weak-encryption', 'weak-dh-group'] as Set
