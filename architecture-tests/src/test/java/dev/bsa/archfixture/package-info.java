/**
 * Deliberately bad code, laid out as a miniature of the real tree ({@code domain}, {@code client},
 * {@code sim.adapter}, {@code sim.control}, {@code sim.app}), so that {@code RulesCanFailTest} can prove
 * that every architecture rule reports what it should. Each class says which rule it breaks; a few
 * well-behaved classes prove that the rules do not report what they should allow. Never used at runtime.
 */
package dev.bsa.archfixture;
