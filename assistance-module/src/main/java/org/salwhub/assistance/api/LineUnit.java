package org.salwhub.assistance.api;

/** The unit a line item's quantity counts. */
public enum LineUnit { PIECE, SET, LICENCE, COURSE, PLACE, EXPERT_DAY }
