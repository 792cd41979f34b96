/**
 * Real-world input: any file an agency has becomes clean Unicode NFC text for the extraction
 * pipeline. The public API is {@link vn.dondoc.ingest.DocumentReader} (thread-safe),
 * {@link vn.dondoc.ingest.ReadResult}, {@link vn.dondoc.ingest.SourceFormat} and
 * {@link vn.dondoc.ingest.UnreadableDocumentException}; {@code vn.dondoc.ingest.encoding} holds the
 * TCVN3/VNI tables and the detector, usable on their own. See {@code ingest/README.md}.
 */
package vn.dondoc.ingest;
