/**
 * Word and Excel files from strangers, read within bounds: the ZIP checks and limits
 * ({@link dev.qingdan.load.office.OfficeReader}), a streamed workbook
 * ({@link dev.qingdan.load.office.XlsxReader}) and document
 * ({@link dev.qingdan.load.office.DocxReader}), both given as a
 * {@link dev.qingdan.load.office.SourceDocument} of paragraphs and table rows. It may import
 * {@code load} and {@code text}.
 */
package dev.qingdan.load.office;
