// Tests of CsvDtypeAdvisor: one streaming pass over a CSV, per-column kinds, ranges, float
// exactness, distinct counts, recommended pandas dtypes and their memory.
//
// Memory conventions (see CsvDtypeAdvisor.h): pandas memory_usage(deep=True) on 64-bit CPython
// ≤ 3.11 — int64/float64 8 bytes per row, bool 1; object: 8-byte pointer per row +
// sys.getsizeof(str) = 49 + len for ASCII, 24 for a NaN float, 28 for a bool object; category:
// codes (int8 below 127 categories, int16 below 32,767) + each category once as an object string.
#include "CsvDtypeAdvisor.h"
#include "ModelError.h"

#include <QBuffer>
#include <QTest>

#include <atomic>
#include <limits>

using namespace memplanner;

Q_DECLARE_METATYPE(memplanner::CsvColumnKind)
Q_DECLARE_METATYPE(memplanner::PandasDtype)

namespace {

CsvAdvice analyseBytes(const QByteArray &csv, CsvAdvisorOptions options = {})
{
    QBuffer buffer;
    buffer.setData(csv);
    buffer.open(QIODevice::ReadOnly);
    return CsvDtypeAdvisor(options).analyse(&buffer);
}

// A CSV with quoted fields, doubled quotes, embedded line breaks, CRLF and missing values,
// long enough (≈60 KB) to cross many small read buffers.
QByteArray trickyCsv()
{
    QByteArray csv("id,label,value,flag\r\n");
    for (int i = 0; i < 1500; ++i) {
        csv += QByteArray::number(i) + ',';
        switch (i % 5) {
        case 0:
            csv += "\"Smith, J\"";
            break;
        case 1:
            csv += "\"say \"\"hi\"\"\"";
            break;
        case 2:
            csv += "\"two\r\nlines\"";
            break;
        case 3:
            csv += "plain";
            break;
        default:
            break; // missing
        }
        csv += ',' + QByteArray::number(i % 7) + ".25,";
        csv += (i % 3 ? "True" : "False");
        csv += (i % 2 ? "\r\n" : "\n");
    }
    return csv;
}

} // namespace

class tst_CsvDtypeAdvisor : public QObject
{
    Q_OBJECT

private slots:
    void columns_data();
    void columns();
    void ranges_data();
    void ranges();
    void categoryCodes();
    void distinctCap();
    void floatTolerance_data();
    void floatTolerance();
    void quotingAndLineEnds_data();
    void quotingAndLineEnds();
    void malformedRows();
    void noHeader();
    void byteOrderMarkAndNames();
    void unterminatedQuote();
    void bufferBoundaries_data();
    void bufferBoundaries();
    void progressAndCancel();
    void totals();
    void pandasArgument();
    void invalidInput();
};

void tst_CsvDtypeAdvisor::columns_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<int>("column");
    QTest::addColumn<CsvColumnKind>("kind");
    QTest::addColumn<PandasDtype>("defaultDtype");
    QTest::addColumn<PandasDtype>("recommended");
    QTest::addColumn<qint64>("defaultBytes");
    QTest::addColumn<qint64>("recommendedBytes");

    using K = CsvColumnKind;
    using D = PandasDtype;
    // 3 ints in [1, 3]: int64 3 · 8 = 24 → int8 3 · 1 = 3.
    QTest::newRow("small ints") << QByteArray("a\n1\n2\n3\n") << 0 << K::Integer << D::Int64
                                << D::Int8 << qint64(24) << qint64(3);
    // [0, 200] is beyond int8 but fits uint8: 2 rows → 16 → 2.
    QTest::newRow("uint8") << QByteArray("a\n0\n200\n") << 0 << K::Integer << D::Int64 << D::UInt8
                           << qint64(16) << qint64(2);
    // [−129, 5] needs int16: 2 · 2 = 4.
    QTest::newRow("int16") << QByteArray("a\n-129\n5\n") << 0 << K::Integer << D::Int64 << D::Int16
                           << qint64(16) << qint64(4);
    // 3e9 fits uint32 (≤ 4,294,967,295), not int32: 1 · 4.
    QTest::newRow("uint32") << QByteArray("a\n3000000000\n") << 0 << K::Integer << D::Int64
                            << D::UInt32 << qint64(8) << qint64(4);
    // Ints with a missing value ("NA", a pandas default NA spelling): pandas reads float64
    // (3 · 8 = 24); the nullable Int8 costs value + mask = 3 · 2 = 6.
    QTest::newRow("ints with missing") << QByteArray("a\n1\nNA\n3\n") << 0 << K::Integer
                                       << D::Float64 << D::NullableInt8 << qint64(24) << qint64(6);
    // 0.1 and 2.5 keep their digits in float16: 2 · 2 = 4.
    QTest::newRow("float16") << QByteArray("a\n0.1\n2.5\n") << 0 << K::Float << D::Float64
                             << D::Float16 << qint64(16) << qint64(4);
    // 3.14159: float16 gives 3.140625 (off by 9.7e-4 > half of 1e-5); float32 keeps 6 digits.
    QTest::newRow("float32") << QByteArray("a\n3.14159\n") << 0 << K::Float << D::Float64
                             << D::Float32 << qint64(8) << qint64(4);
    // 3.14159265: float32 gives 3.1415927410…, off by 9.1e-8 > half of 1e-8 → float64.
    QTest::newRow("float64") << QByteArray("a\n3.14159265\n") << 0 << K::Float << D::Float64
                             << D::Float64 << qint64(8) << qint64(8);
    // 1e5 exceeds float16's largest finite value 65,504 → float32.
    QTest::newRow("float16 range") << QByteArray("a\n1e5\n") << 0 << K::Float << D::Float64
                                   << D::Float32 << qint64(8) << qint64(4);
    // An int and a float make a float column; inf is exact everywhere → float16, 4 rows · 2.
    QTest::newRow("ints, floats, inf") << QByteArray("a\n1\n2.5\ninf\n-Infinity\n") << 0 << K::Float
                                       << D::Float64 << D::Float16 << qint64(32) << qint64(8);
    // True/false spellings: bool, 1 byte each.
    QTest::newRow("bool") << QByteArray("a\nTrue\nfalse\n") << 0 << K::Boolean << D::Bool << D::Bool
                          << qint64(2) << qint64(2);
    // Bools with a missing value are objects in pandas: 3 pointers (24) + 2 bool objects
    // (2 · 28) + one NaN float (24) = 104; nullable boolean 3 · 2 = 6.
    QTest::newRow("bool with missing")
        << QByteArray("a\nTrue\nNA\nFALSE\n") << 0 << K::Boolean << D::Object << D::NullableBoolean
        << qint64(104) << qint64(6);
    // 10 rows alternating "x"/"y": object 10 · 8 + 10 · (49 + 1) = 580; category: int8 codes
    // 10 + 2 categories · (8 + 49) + their 2 characters = 10 + 114 + 2 = 126.
    QTest::newRow("category") << QByteArray("a\nx\ny\nx\ny\nx\ny\nx\ny\nx\ny\n") << 0 << K::String
                              << D::Object << D::Category << qint64(580) << qint64(126);
    // All distinct: 3 · 8 + 3 · (49 + 2) = 177, no category.
    QTest::newRow("unique strings") << QByteArray("a\nab\ncd\nef\n") << 0 << K::String << D::Object
                                    << D::Object << qint64(177) << qint64(177);
    // A number and a word: object of two str: 2 · 8 + (49 + 1) + (49 + 1) = 116.
    QTest::newRow("mixed") << QByteArray("a\n1\nx\n") << 0 << K::String << D::Object << D::Object
                           << qint64(116) << qint64(116);
    // A bool spelling and a number: strings too: 2 · 8 + (49 + 4) + (49 + 1) = 119.
    QTest::newRow("bool and int") << QByteArray("a\nTrue\n1\n") << 0 << K::String << D::Object
                                  << D::Object << qint64(119) << qint64(119);
    // An all-empty column: pandas float64 2 · 8 = 16 → float16 2 · 2 = 4.
    QTest::newRow("empty column") << QByteArray("a,b\n1,\n2,\n") << 1 << K::Empty << D::Float64
                                  << D::Float16 << qint64(16) << qint64(4);
    // Non-ASCII: sys.getsizeof('é') = 74 and sys.getsizeof('üü') = 75 (Latin-1 compact
    // strings): 2 · 8 + 74 + 75 = 165.
    QTest::newRow("latin-1 text") << QByteArray("a\n\xC3\xA9\n\xC3\xBC\xC3\xBC\n") << 0 << K::String
                                  << D::Object << D::Object << qint64(165) << qint64(165);
    // sys.getsizeof('中') = 76 (UCS-2), sys.getsizeof('😀') = 80 (UCS-4): 16 + 76 + 80 = 172.
    QTest::newRow("wide text") << QByteArray("a\n\xE4\xB8\xAD\n\xF0\x9F\x98\x80\n") << 0
                               << K::String << D::Object << D::Object << qint64(172) << qint64(172);
}

void tst_CsvDtypeAdvisor::columns()
{
    QFETCH(QByteArray, csv);
    QFETCH(int, column);
    QFETCH(CsvColumnKind, kind);
    QFETCH(PandasDtype, defaultDtype);
    QFETCH(PandasDtype, recommended);
    QFETCH(qint64, defaultBytes);
    QFETCH(qint64, recommendedBytes);
    const CsvAdvice a = analyseBytes(csv);
    QVERIFY(column < a.columns.size());
    const CsvColumnReport &c = a.columns.at(column);
    QCOMPARE(c.kind, kind);
    QCOMPARE(CsvDtypeAdvisor::dtypeName(c.defaultDtype), CsvDtypeAdvisor::dtypeName(defaultDtype));
    QCOMPARE(CsvDtypeAdvisor::dtypeName(c.recommendedDtype),
             CsvDtypeAdvisor::dtypeName(recommended));
    QCOMPARE(c.defaultBytes, defaultBytes);
    QCOMPARE(c.recommendedBytes, recommendedBytes);
    QVERIFY(!c.note.isEmpty());
    QCOMPARE(a.malformedRows, qint64(0));
}

void tst_CsvDtypeAdvisor::ranges_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<CsvColumnKind>("kind");
    QTest::addColumn<double>("min");
    QTest::addColumn<double>("max");
    QTest::addColumn<PandasDtype>("recommended");
    // Parsed values must equal the C++ literals exactly (correct rounding); −7.5e3 = −7500.
    QTest::newRow("floats") << QByteArray("a\n0.1\n123.456\n-7.5e3\n +2.5 \n")
                            << CsvColumnKind::Float << -7500.0 << 123.456 << PandasDtype::Float32;
    // 17 significant digits take the slow (from_chars) path.
    QTest::newRow("long mantissa")
        << QByteArray("a\n0.12345678901234567\n1e300\n") << CsvColumnKind::Float
        << 0.12345678901234567 << 1e300 << PandasDtype::Float64;
    // The int64 extremes stay integers (int64); one past the top is a float (pandas: uint64).
    QTest::newRow("int64 extremes")
        << QByteArray("a\n-9223372036854775808\n9223372036854775807\n") << CsvColumnKind::Integer
        << -9223372036854775808.0 << 9223372036854775807.0 << PandasDtype::Int64;
    QTest::newRow("beyond int64") << QByteArray("a\n9223372036854775808\n") << CsvColumnKind::Float
                                  << 9223372036854775808.0 << 9223372036854775808.0
                                  << PandasDtype::Float32;
}

void tst_CsvDtypeAdvisor::ranges()
{
    QFETCH(QByteArray, csv);
    QFETCH(CsvColumnKind, kind);
    QFETCH(double, min);
    QFETCH(double, max);
    QFETCH(PandasDtype, recommended);
    const CsvColumnReport c = analyseBytes(csv).columns.first();
    QCOMPARE(c.kind, kind);
    QVERIFY(c.min == min); // exact, not fuzzy
    QVERIFY(c.max == max);
    QCOMPARE(CsvDtypeAdvisor::dtypeName(c.recommendedDtype),
             CsvDtypeAdvisor::dtypeName(recommended));
    if (kind == CsvColumnKind::Integer) {
        QCOMPARE(c.intMin, std::numeric_limits<std::int64_t>::min());
        QCOMPARE(c.intMax, std::numeric_limits<std::int64_t>::max());
    }
}

void tst_CsvDtypeAdvisor::categoryCodes()
{
    // "s0" … "s199" five times: 1,000 rows, 200 categories (≥ 127 → int16 codes).
    // One cycle of texts has 10 · 2 + 90 · 3 + 100 · 4 = 690 characters.
    // object: 1,000 · 8 + 1,000 · 49 + 5 · 690 = 60,450;
    // category: 1,000 · 2 + 200 · (8 + 49) + 690 = 14,090.
    QByteArray csv("s\n");
    for (int r = 0; r < 5; ++r)
        for (int i = 0; i < 200; ++i)
            csv += 's' + QByteArray::number(i) + '\n';
    const CsvColumnReport c = analyseBytes(csv).columns.first();
    QCOMPARE(c.distinct, qint64(200));
    QCOMPARE(c.defaultBytes, qint64(60'450));
    QCOMPARE(c.recommendedDtype, PandasDtype::Category);
    QCOMPARE(c.recommendedBytes, qint64(14'090));
    QCOMPARE(c.textBytes, qint64(3'450));
}

void tst_CsvDtypeAdvisor::distinctCap()
{
    // 20 distinct texts over 100 rows (ratio 0.2) but a cap of 10: counting stops at the
    // 11th distinct value and the column stays object.
    QByteArray csv("s\n");
    for (int i = 0; i < 100; ++i)
        csv += 'v' + QByteArray::number(i % 20) + '\n';
    CsvAdvisorOptions o;
    o.distinctCap = 10;
    const CsvColumnReport c = analyseBytes(csv, o).columns.first();
    QVERIFY(c.distinctCapped);
    QCOMPARE(c.distinct, qint64(11));
    QCOMPARE(c.recommendedDtype, PandasDtype::Object);
    // Without the cap it is a category.
    QCOMPARE(analyseBytes(csv).columns.first().recommendedDtype, PandasDtype::Category);
}

void tst_CsvDtypeAdvisor::floatTolerance_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<double>("tolerance");
    QTest::addColumn<bool>("allowFloat16");
    QTest::addColumn<PandasDtype>("expected");
    // float16(3.14159265) = 3.140625: relative error 3.1e-4. With a 1e-3 tolerance it passes.
    QTest::newRow("tolerance 1e-3")
        << QByteArray("a\n3.14159265\n") << 1e-3 << true << PandasDtype::Float16;
    // With 1e-4 it fails float16 but float32's 2.9e-8 passes.
    QTest::newRow("tolerance 1e-4")
        << QByteArray("a\n3.14159265\n") << 1e-4 << true << PandasDtype::Float32;
    // float16 disabled: 0.5 goes to float32.
    QTest::newRow("no float16") << QByteArray("a\n0.5\n") << 0.0 << false << PandasDtype::Float32;
    // 2049 as a float needs 12 significand bits: float16 rounds it to 2048 (error 1 > 0.5).
    QTest::newRow("2049.0") << QByteArray("a\n2049.0\n") << 0.0 << true << PandasDtype::Float32;
    // 2048.0 is exact in float16.
    QTest::newRow("2048.0") << QByteArray("a\n2048.0\n") << 0.0 << true << PandasDtype::Float16;
    // 16,777,217 = 2^24 + 1 is not exact in float32 → float64.
    QTest::newRow("2^24+1") << QByteArray("a\n16777217.0\n") << 0.0 << true << PandasDtype::Float64;
}

void tst_CsvDtypeAdvisor::floatTolerance()
{
    QFETCH(QByteArray, csv);
    QFETCH(double, tolerance);
    QFETCH(bool, allowFloat16);
    QFETCH(PandasDtype, expected);
    CsvAdvisorOptions o;
    o.relativeTolerance = tolerance;
    o.allowFloat16 = allowFloat16;
    QCOMPARE(CsvDtypeAdvisor::dtypeName(analyseBytes(csv, o).columns.first().recommendedDtype),
             CsvDtypeAdvisor::dtypeName(expected));
}

void tst_CsvDtypeAdvisor::quotingAndLineEnds_data()
{
    QTest::addColumn<QByteArray>("eol");
    QTest::newRow("LF") << QByteArray("\n");
    QTest::newRow("CRLF") << QByteArray("\r\n");
    QTest::newRow("CR") << QByteArray("\r");
}

void tst_CsvDtypeAdvisor::quotingAndLineEnds()
{
    QFETCH(QByteArray, eol);
    // Quoted comma, doubled quotes, an embedded line break (LF inside the quotes), a quoted
    // number (still a number, as in pandas) and the line ends under test.
    const QByteArray csv = "name,n" + eol + "\"Smith, J\",1" + eol + "\"say \"\"hi\"\"\",\"2\""
        + eol + "\"multi\nline\",3" + eol + "4" + eol;
    const CsvAdvice a = analyseBytes(csv);
    QCOMPARE(a.rows, qint64(3));
    QCOMPARE(a.columns.size(), 2);
    QCOMPARE(a.columns[0].name, QStringLiteral("name"));
    QCOMPARE(a.columns[0].kind, CsvColumnKind::String);
    QCOMPARE(a.columns[0].distinct, qint64(3));
    // Unescaped lengths: "Smith, J" 8 + say "hi" 8 + "multi\nline" 10 = 26.
    QCOMPARE(a.columns[0].textBytes, qint64(26));
    QCOMPARE(a.columns[1].kind, CsvColumnKind::Integer);
    QCOMPARE(a.columns[1].intMin, qint64(1));
    QCOMPARE(a.columns[1].intMax, qint64(3));
    // The lone "4" starts on line 6: header 1, rows 2, 3, 4–5 (the quoted line break), 6.
    QCOMPARE(a.malformedRows, qint64(1));
    QCOMPARE(a.malformedLines, QList<std::int64_t>{6});
}

void tst_CsvDtypeAdvisor::malformedRows()
{
    // Lines 3 (too few fields) and 4 (too many) are skipped; a blank line is not malformed.
    const CsvAdvice a = analyseBytes("a,b\n1,2\n3\n4,5,6\n\n7,8\n");
    QCOMPARE(a.rows, qint64(2));
    QCOMPARE(a.malformedRows, qint64(2));
    QCOMPARE(a.malformedLines, (QList<std::int64_t>{3, 4}));
    QCOMPARE(a.blankLines, qint64(1));
    QCOMPARE(a.columns[0].values, qint64(2));
    QCOMPARE(a.columns[0].intMin, qint64(1));
    QCOMPARE(a.columns[0].intMax, qint64(7));
    QCOMPARE(a.warnings.size(), 1);

    // Only the first maxReportedMalformed line numbers are kept.
    CsvAdvisorOptions o;
    o.maxReportedMalformed = 1;
    const CsvAdvice b = analyseBytes("a,b\n1\n2\n3\n", o);
    QCOMPARE(b.malformedRows, qint64(3));
    QCOMPARE(b.malformedLines, QList<std::int64_t>{2});
}

void tst_CsvDtypeAdvisor::noHeader()
{
    CsvAdvisorOptions o;
    o.header = false;
    const CsvAdvice a = analyseBytes("1,x\n2,y\n", o);
    QCOMPARE(a.rows, qint64(2));
    QCOMPARE(a.columns.size(), 2);
    QCOMPARE(a.columns[0].name, QStringLiteral("0")); // pandas labels them 0, 1, …
    QCOMPARE(a.columns[1].name, QStringLiteral("1"));
    QCOMPARE(a.columns[0].kind, CsvColumnKind::Integer);
    QCOMPARE(a.columns[1].kind, CsvColumnKind::String);
}

void tst_CsvDtypeAdvisor::byteOrderMarkAndNames()
{
    // A UTF-8 BOM is skipped; empty names become "Unnamed: i", repeats get ".1" (pandas).
    const CsvAdvice a = analyseBytes("\xEF\xBB\xBF"
                                     "a,,a\n1,2,3\n");
    QCOMPARE(a.columns.size(), 3);
    QCOMPARE(a.columns[0].name, QStringLiteral("a"));
    QCOMPARE(a.columns[1].name, QStringLiteral("Unnamed: 1"));
    QCOMPARE(a.columns[2].name, QStringLiteral("a.1"));
}

void tst_CsvDtypeAdvisor::unterminatedQuote()
{
    const CsvAdvice a = analyseBytes("a\n1\n\"abc\n");
    QVERIFY(a.unterminatedQuote);
    QCOMPARE(a.rows, qint64(1));
    QCOMPARE(a.malformedRows, qint64(1));
    QCOMPARE(a.malformedLines, QList<std::int64_t>{3});
}

void tst_CsvDtypeAdvisor::bufferBoundaries_data()
{
    QTest::addColumn<qint64>("bufferBytes");
    // Several sizes so that buffers end inside quotes, between "" pairs and between CR and LF.
    for (qint64 size : {4096, 4097, 4099, 5003, 8191})
        QTest::newRow(qPrintable(QString::number(size))) << size;
}

void tst_CsvDtypeAdvisor::bufferBoundaries()
{
    QFETCH(qint64, bufferBytes);
    const QByteArray csv = trickyCsv();
    const CsvAdvice whole = analyseBytes(csv); // one 1 MiB buffer holds the whole file
    CsvAdvisorOptions o;
    o.bufferBytes = bufferBytes;
    const CsvAdvice pieces = analyseBytes(csv, o);
    // 1,500 rows; labels: 4 texts ("Smith, J", say "hi", "two\r\nlines", plain) + missing.
    QCOMPARE(whole.rows, qint64(1500));
    QCOMPARE(whole.malformedRows, qint64(0));
    QCOMPARE(whole.columns[1].distinct, qint64(4));
    QCOMPARE(whole.columns[1].missing, qint64(300));
    // value: i % 7 + 0.25, exact in float16 → float16; flag: bool.
    QCOMPARE(whole.columns[2].recommendedDtype, PandasDtype::Float16);
    QCOMPARE(whole.columns[3].kind, CsvColumnKind::Boolean);
    QCOMPARE(pieces.rows, whole.rows);
    QCOMPARE(pieces.malformedRows, qint64(0));
    for (int k = 0; k < whole.columns.size(); ++k) {
        QCOMPARE(pieces.columns[k].values, whole.columns[k].values);
        QCOMPARE(pieces.columns[k].missing, whole.columns[k].missing);
        QCOMPARE(pieces.columns[k].distinct, whole.columns[k].distinct);
        QCOMPARE(pieces.columns[k].textBytes, whole.columns[k].textBytes);
        QCOMPARE(pieces.columns[k].recommendedBytes, whole.columns[k].recommendedBytes);
    }
}

void tst_CsvDtypeAdvisor::progressAndCancel()
{
    const QByteArray csv = trickyCsv(); // ≈ 60 KB, 15 buffers of 4 KiB
    CsvAdvisorOptions o;
    o.bufferBytes = 4096;
    CsvDtypeAdvisor advisor(o);
    QList<qint64> reported;
    qint64 reportedTotal = 0;
    advisor.setProgressCallback([&](std::int64_t done, std::int64_t total) {
        reported.append(done);
        reportedTotal = total;
    });
    QBuffer buffer;
    buffer.setData(csv);
    buffer.open(QIODevice::ReadOnly);
    const CsvAdvice a = advisor.analyse(&buffer);
    QCOMPARE(reportedTotal, qint64(csv.size()));
    QCOMPARE(reported.last(), qint64(csv.size()));
    QCOMPARE(reported.size(), int((csv.size() + 4095) / 4096));
    QVERIFY(std::is_sorted(reported.begin(), reported.end()));
    QVERIFY(!a.cancelled);

    // Cancel after the second buffer: 8,192 bytes read, partial statistics, a warning.
    std::atomic_bool cancel = false;
    advisor.setCancelFlag(&cancel);
    advisor.setProgressCallback([&](std::int64_t done, std::int64_t) {
        if (done >= 8192)
            cancel = true;
    });
    buffer.seek(0);
    const CsvAdvice c = advisor.analyse(&buffer);
    QVERIFY(c.cancelled);
    QCOMPARE(c.bytesRead, qint64(8192));
    QVERIFY(c.rows > 0 && c.rows < 1500);
    QVERIFY(!c.warnings.isEmpty());
}

void tst_CsvDtypeAdvisor::totals()
{
    // Column a: 3 ints → 24 → 3 (int8). Column b: "x","y","x" — distinct 2 / 3 values = 0.67
    // > 0.5, so object: 3 · 8 + 3 · 50 = 174 either way.
    // Total 198 → 177, saving 21 bytes = 21 / 198.
    const CsvAdvice a = analyseBytes("a,b\n1,x\n2,y\n3,x\n");
    QCOMPARE(a.defaultBytes, qint64(198));
    QCOMPARE(a.recommendedBytes, qint64(177));
    QCOMPARE(a.savingBytes, qint64(21));
    QCOMPARE(a.savingRatio, 21.0 / 198.0);
    QCOMPARE(a.bytesRead, qint64(16));
}

void tst_CsvDtypeAdvisor::pandasArgument()
{
    // float16 is written as float32: read_csv cannot parse into float16 (pandas-dev/pandas
    // #56361); the user converts after loading.
    const CsvAdvice a = analyseBytes("id,it's,c\n1,0.5,x\n2,1.5,x\n3,2.5,x\n4,3.5,x\n");
    QCOMPARE(CsvDtypeAdvisor::pandasDtypeArgument(a),
             QStringLiteral("{'id': 'int8', 'it\\'s': 'float32', 'c': 'category'}"));
}

void tst_CsvDtypeAdvisor::invalidInput()
{
    CsvAdvisorOptions o;
    o.bufferBytes = 10;
    QVERIFY_THROWS_EXCEPTION(ModelError, analyseBytes("a\n1\n", o));
    QBuffer closed;
    QVERIFY_THROWS_EXCEPTION(ModelError, CsvDtypeAdvisor().analyse(&closed));
    QVERIFY_THROWS_EXCEPTION(ModelError,
                             CsvDtypeAdvisor().analyseFile(QStringLiteral("/nonexistent/x.csv")));
}

QTEST_GUILESS_MAIN(tst_CsvDtypeAdvisor)
#include "tst_csvdtypeadvisor.moc"
