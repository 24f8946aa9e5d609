package dev.eventtestkit.examples.support;

import dev.eventtestkit.junit5.engine.ContractsTestEngine;
import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.Suite;

/**
 * The repository's {@code schemas/} as tests of the {@code eventtestkit-contracts} engine: per subject version
 * {@code valid schema}, one check per example and {@code compatible at <level> with <versions>}. A suite, so that
 * Surefire reports the checks under this class (it drops tests that have no class); each check asserts and a
 * broken schema fails this suite. The engine's own run is
 * turned off in {@code examples/pom.xml} ({@code eventtestkit.contracts.roots=}), so each check runs once.
 */
@Suite
@IncludeEngines("eventtestkit-contracts")
@ConfigurationParameter(key = ContractsTestEngine.ROOTS, value = "../schemas")
class SchemasContractsTest {}
