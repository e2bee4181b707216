//! Hand cases of the table reader.

use super::*;

fn rows(t: &Table) -> Vec<Vec<&str>> {
    (0..t.len())
        .map(|r| (0..t.headers().len()).map(|c| t.cell(r, c)).collect())
        .collect()
}

fn chunked(bytes: &[u8], size: usize) -> Result<Table, ImportError> {
    let mut reader = TableReader::new();
    for chunk in bytes.chunks(size) {
        reader.feed(chunk)?;
    }
    reader.finish()
}

#[test]
fn plain_csv_with_quotes_and_line_breaks() {
    let t = read_table(b"Name,ARR\r\n\"Acme, Inc\",\"1,200\"\r\n\"Two\nlines \"\"x\"\"\",5\r\n")
        .unwrap();
    assert_eq!(t.headers(), ["Name", "ARR"]);
    assert_eq!(
        rows(&t),
        [vec!["Acme, Inc", "1,200"], vec!["Two\nlines \"x\"", "5"]]
    );
    assert_eq!((t.line(0), t.line(1)), (2, 3));
    assert!(t.problems().is_empty());
}

#[test]
fn delimiters_are_sniffed() {
    let t = read_table("Name;ARR;Region\nA;1,5;EMEA\nB;2,5;NA\n".as_bytes()).unwrap();
    assert_eq!(t.delimiter(), b';');
    assert_eq!(rows(&t)[0], ["A", "1,5", "EMEA"]);
    let t = read_table(b"Name\tARR\nAcme, Inc\t100\n").unwrap();
    assert_eq!(t.delimiter(), b'\t');
    assert_eq!(rows(&t)[0], ["Acme, Inc", "100"]);
}

#[test]
fn bom_and_sep_line() {
    let t = read_table(b"\xEF\xBB\xBFsep=|\r\nName|ARR\r\nA|1\r\n").unwrap();
    assert_eq!(t.delimiter(), b'|');
    assert_eq!(t.headers(), ["Name", "ARR"]);
    assert_eq!(t.line(0), 3);
    let t = read_table(b" sep=\t \nName\tARR\n").unwrap();
    assert_eq!((t.delimiter(), t.headers().len()), (b'\t', 2));
}

#[test]
fn blank_short_long_and_repeated_rows() {
    let t =
        read_table(b"Name,ARR,Region\n\nA,1\n,,\nName,ARR,Region\nB,2,NA,x\nC,3,NA,,\n").unwrap();
    assert_eq!(rows(&t), [vec!["A", "1", ""], vec!["C", "3", "NA"]]);
    assert_eq!(t.repeated_headers(), 1);
    assert_eq!(
        t.problems(),
        [LineProblem {
            line: 6,
            reason: "line 6 has 4 cells; the header has 3".into()
        }]
    );
    assert_eq!((t.line(0), t.line(1)), (3, 7));
}

#[test]
fn cr_only_line_ends_and_nul() {
    let t = read_table(b"Name,ARR\rA\0b,1\rB,2").unwrap();
    assert_eq!(rows(&t), [vec!["Ab", "1"], vec!["B", "2"]]);
    assert_eq!(t.line(1), 3);
}

#[test]
fn unbalanced_quote_resumes_on_the_next_line() {
    let input = b"Name,ARR\nA,1\n\"B,2\nC,3\nD,4\n";
    let t = read_table(input).unwrap();
    assert_eq!(rows(&t), [vec!["A", "1"], vec!["C", "3"], vec!["D", "4"]]);
    assert_eq!(
        t.problems(),
        [LineProblem {
            line: 3,
            reason: "a quote opened on line 3 is never closed".into()
        }]
    );
    assert_eq!(t.line(1), 4);
    for size in [1, 2, 3, 7] {
        assert_eq!(chunked(input, size).unwrap(), t, "chunks of {size}");
    }
}

#[test]
fn a_quote_open_too_long_refuses_only_its_row() {
    let mut input = b"Name,ARR\nA,\"1\nB,2\n".to_vec();
    input.extend(std::iter::repeat_n(b'x', MAX_CELL_BYTES + 10));
    input.extend_from_slice(b",3\nC,4\n");
    let t = read_table(&input).unwrap();
    // Line 3 is re-read: "B,2"; the long line's cell is too long.
    assert_eq!(rows(&t), [vec!["B", "2"], vec!["C", "4"]]);
    assert_eq!(t.problems().len(), 2, "{:?}", t.problems());
    assert!(t.problems()[0].reason.contains("quote opened on line 2"));
    assert_eq!(t.problems()[1].line, 4);
    assert!(t.problems()[1].reason.contains("longer than 65,536 bytes"));
    assert_eq!(chunked(&input, 1000).unwrap(), t);
}

#[test]
fn a_quote_open_too_long_on_one_line_skips_that_line() {
    let mut input = b"Name,ARR\nA,\"".to_vec();
    input.extend(std::iter::repeat_n(b'x', MAX_CELL_BYTES + 10));
    input.extend_from_slice(b",3\nC,4\n");
    let t = read_table(&input).unwrap();
    assert_eq!(rows(&t), [vec!["C", "4"]]);
    assert_eq!(t.line(0), 3);
    assert!(t.problems()[0].reason.contains("not closed within"));
}

#[test]
fn text_after_a_closing_quote_is_kept() {
    let t = read_table(b"Name,ARR\n\"Acme\" Inc,1\n").unwrap();
    assert_eq!(rows(&t), [vec!["Acme Inc", "1"]]);
}

#[test]
fn invalid_utf8_is_replaced_per_cell() {
    let t = read_table(b"Name,ARR\nSoci\xE9t\xE9,\xE2\x82\n").unwrap();
    assert_eq!(rows(&t), [vec!["Soci\u{FFFD}t\u{FFFD}", "\u{FFFD}"]]);
}

#[test]
fn whole_input_errors() {
    assert_eq!(read_table(b""), Err(ImportError::Empty));
    assert_eq!(
        read_table(b"\xEF\xBB\xBF\r\n\n  \n"),
        Err(ImportError::Empty)
    );
    assert_eq!(
        read_table(b"just one column\nx\n"),
        Err(ImportError::NotATable)
    );
    assert_eq!(
        read_table(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR,;\t"),
        Err(ImportError::NotATable)
    );
    assert_eq!(
        read_table(b"PK\x03\x04\x14\x00,\x06;\x00\n"),
        Err(ImportError::NotATable)
    );
    let prose =
        b"Dear team, thank you for the list of customers you sent.\nIt has, sadly, no header.\n";
    assert_eq!(read_table(prose), Err(ImportError::NotATable));
    assert!(ImportError::NotATable.message().contains("first line"));
    assert!(ImportError::TooManyRows { limit: MAX_ROWS }
        .message()
        .contains("2,000,000"));
}

#[test]
fn header_only_is_a_table_without_rows() {
    let t = read_table(b"Name,ARR\n").unwrap();
    assert!(t.is_empty());
    assert_eq!(t.cell(0, 0), "");
    assert_eq!(t.line(5), 0);
}

#[test]
fn empty_header_names_get_a_column_number() {
    let t = read_table(b"Name,,ARR\nA,x,1\n").unwrap();
    assert_eq!(t.headers(), ["Name", "Column 2", "ARR"]);
}

#[test]
fn too_large_input_is_refused() {
    assert!(check_size(MAX_BYTES).is_ok());
    assert_eq!(
        check_size(MAX_BYTES + 1),
        Err(ImportError::TooLarge {
            bytes: MAX_BYTES + 1,
            limit: MAX_BYTES
        })
    );
    let mut reader = TableReader::new();
    reader.bytes_read = MAX_BYTES - 2;
    assert!(reader.feed(b"ab").is_ok());
    assert!(matches!(
        reader.feed(b"c"),
        Err(ImportError::TooLarge { .. })
    ));
    assert!(matches!(reader.finish(), Err(ImportError::TooLarge { .. })));
}

#[test]
fn progress_is_reported() {
    let mut reader = TableReader::new();
    let mut input = b"Name,ARR\n".to_vec();
    for k in 0..10_000 {
        input.extend_from_slice(format!("A{k},{k}\n").as_bytes());
    }
    // The first 64 KiB are held to sniff the delimiter.
    reader.feed(&input[..1000]).unwrap();
    assert_eq!(reader.rows_read(), 0);
    reader.feed(&input[1000..]).unwrap();
    assert_eq!(reader.bytes_read(), input.len() as u64);
    assert_eq!(reader.rows_read(), 10_000);
}
