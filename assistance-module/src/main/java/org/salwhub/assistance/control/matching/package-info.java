/**
 * The explainable matching engine of assistance needs and offers: pure functions of immutable
 * profiles, no persistence, no CDI. {@link org.salwhub.assistance.control.matching.MatchingEngine}
 * ranks one need's offers (or one offer's needs) and explains every score with
 * {@link org.salwhub.assistance.control.matching.Reason}s whose message keys are listed in
 * {@link org.salwhub.assistance.control.matching.ReasonKeys};
 * {@link org.salwhub.assistance.control.matching.MatchingIndex} re-ranks all needs at once and gives
 * exactly the same answers.
 */
package org.salwhub.assistance.control.matching;
