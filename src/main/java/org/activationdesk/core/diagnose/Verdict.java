package org.activationdesk.core.diagnose;

/** What one check found. */
public enum Verdict {
    OK,
    /** Works now, but needs attention soon or limits what can be done. */
    WARNING,
    /** Activation fails or will fail until something is done. */
    PROBLEM,
    /** The check could not find out; the result says why. Never a guess in either direction. */
    COULD_NOT_CHECK
}
