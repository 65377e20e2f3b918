/** Call media: SDP offer validation (rule C2), recordings, transcripts and summaries (C8). */
package dev.callgate.media;
