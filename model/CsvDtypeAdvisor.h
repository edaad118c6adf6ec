#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <cstdint>
#include <functional>

QT_BEGIN_NAMESPACE
class QIODevice;
QT_END_NAMESPACE

namespace memplanner {

/** What a CSV column holds, as pandas.read_csv would infer it. */
enum class CsvColumnKind {
    Empty,   ///< every value missing
    Integer, ///< whole numbers within int64
    Float,   ///< numbers with a fraction or an exponent (or ints beyond int64), inf
    Boolean, ///< only True/False spellings (True, TRUE, true, False, FALSE, false)
    String   ///< anything else, or a mix of booleans and numbers
};

/** A pandas column type; the capitalised Int…/UInt…/boolean ones are nullable (masked). */
enum class PandasDtype {
    Bool,
    Int8,
    Int16,
    Int32,
    Int64,
    UInt8,
    UInt16,
    UInt32,
    Float16,
    Float32,
    Float64,
    NullableInt8,
    NullableInt16,
    NullableInt32,
    NullableInt64,
    NullableUInt8,
    NullableUInt16,
    NullableUInt32,
    NullableBoolean,
    Category,
    Object
};

/** What one column holds and what it costs. Sizes in bytes. */
struct CsvColumnReport
{
    QString name;
    CsvColumnKind kind = CsvColumnKind::Empty;
    std::int64_t values = 0;  ///< non-missing values
    std::int64_t missing = 0; ///< empty fields and pandas' default NA spellings
    /** Integer columns: exact range. */
    std::int64_t intMin = 0;
    std::int64_t intMax = 0;
    /** Integer and Float columns: range as doubles (Float: NaN-free, may be ±inf). */
    double min = 0.0;
    double max = 0.0;
    /** Every numeric value survives a round trip through float32 / float16 (see the class). */
    bool float32Exact = false;
    bool float16Exact = false;
    std::int64_t distinct = 0;   ///< distinct non-missing texts, up to the cap
    bool distinctCapped = false; ///< more than the cap: distinct is a lower bound
    std::int64_t textBytes = 0;  ///< UTF-8 bytes of the non-missing values

    PandasDtype defaultDtype = PandasDtype::Float64;     ///< what read_csv gives by default
    PandasDtype recommendedDtype = PandasDtype::Float64; ///< smallest safe type
    std::int64_t defaultBytes = 0;     ///< memory_usage(deep=True) under the default
    std::int64_t recommendedBytes = 0; ///< … under the recommendation
    QString note;                      ///< translated reason for the recommendation
};

/** The result of one pass over a CSV. */
struct CsvAdvice
{
    QList<CsvColumnReport> columns;
    std::int64_t rows = 0;              ///< well-formed data rows (malformed ones are skipped)
    std::int64_t malformedRows = 0;     ///< rows whose field count differs from the header's
    QList<std::int64_t> malformedLines; ///< 1-based line numbers of the first malformed rows
    std::int64_t blankLines = 0;        ///< skipped, like pandas' skip_blank_lines=True
    std::int64_t bytesRead = 0;
    bool cancelled = false;            ///< stopped by the cancel flag: statistics are partial
    bool unterminatedQuote = false;    ///< the file ended inside a quoted field
    std::int64_t defaultBytes = 0;     ///< sum over columns
    std::int64_t recommendedBytes = 0; ///< sum over columns
    std::int64_t savingBytes = 0;      ///< defaultBytes − recommendedBytes
    double savingRatio = 0.0;          ///< savingBytes / defaultBytes
    QStringList warnings;              ///< translated
};

/** Options of a CSV analysis. */
struct CsvAdvisorOptions
{
    char delimiter = ',';
    char quote = '"';
    bool header = true;                 ///< the first non-blank line names the columns
    std::int64_t bufferBytes = 1 << 20; ///< fixed read buffer (≥ 4,096)
    /** Distinct values tracked per column; beyond it the column is never a category. */
    std::int64_t distinctCap = 65'536;
    /** A string column becomes a category when distinct / values ≤ this (and it saves). */
    double categoryMaxRatio = 0.5;
    /** Extra relative error accepted on top of the text's own precision (default 0). */
    double relativeTolerance = 0.0;
    bool allowFloat16 = true;  ///< recommend float16 when it is exact
    bool allowUnsigned = true; ///< recommend uint8/16/32 when smaller than the signed type
    /** sys.getsizeof('') of the interpreter: 49 in CPython ≤ 3.11 (64-bit), 41 in 3.12+. */
    int pythonStrHeaderBytes = 49;
    int maxReportedMalformed = 10;
};

/**
 * Reads a CSV once, streaming through a fixed buffer, and recommends the smallest safe pandas
 * dtype per column with the memory each costs.
 *
 * Parsing follows RFC 4180 and pandas' C parser defaults: a header row, fields quoted with `"`
 * (which may hold delimiters, line breaks and doubled quotes), LF / CRLF / CR line ends, blank
 * lines skipped, a UTF-8 BOM ignored. Rows with another field count than the header are
 * counted as malformed, their first line numbers kept, and left out of the statistics
 * (on_bad_lines='skip'); they are never fatal.
 *
 * Missing values are empty fields and pandas' default NA spellings ("NA", "NaN", "null", …).
 * pandas turns an integer column with missing values into float64; the advisor recommends a
 * nullable integer instead (Int8 … Int64: the values plus a one-byte mask each), which keeps
 * the integers exact. Booleans with missing values become the nullable "boolean" (2 bytes).
 *
 * Float precision: a value is exact in float32/float16 when rounding it to that format changes
 * it by at most half a unit in its last written decimal digit (so "0.1" and "3.14159" survive
 * float32, "3.14159265" does not), plus relativeTolerance · |value|; the value must also lie in
 * the format's range (float16: |v| ≤ 65,504, subnormals allowed). float16 is recommended only
 * when every value passes; note that read_csv cannot parse straight into float16 (read float32,
 * then astype).
 *
 * Memory follows pandas' memory_usage(deep=True) on 64-bit CPython: int64/float64 8 bytes per
 * row, bool 1; object strings an 8-byte pointer plus sys.getsizeof(str) = 49 + length for ASCII
 * (48-byte PyASCIIObject header + NUL; non-ASCII text adds 24, 25 or 27 bytes and 1, 2 or 4
 * bytes per character), a missing object value an 8-byte pointer to a 24-byte float NaN; a
 * category column's int8/16/32 codes (int8 below 127 categories) plus its categories counted
 * once as object strings.
 */
class CsvDtypeAdvisor
{
    Q_DECLARE_TR_FUNCTIONS(CsvDtypeAdvisor)

public:
    /** Called after every buffer: bytes read so far and the device size (−1: unknown). */
    using ProgressCallback = std::function<void(std::int64_t bytesRead, std::int64_t totalBytes)>;

    explicit CsvDtypeAdvisor(CsvAdvisorOptions options = {});

    const CsvAdvisorOptions &options() const { return m_options; }
    void setProgressCallback(ProgressCallback callback);
    /** Polled between buffers; when it becomes true the analysis stops with cancelled set. */
    void setCancelFlag(const std::atomic_bool *flag);

    /**
     * Analyses @p device from its current position to the end. Throws ModelError if the
     * device is not open for reading or a read fails, or if the options are invalid.
     */
    CsvAdvice analyse(QIODevice *device) const;
    /** Opens @p path and analyses it; throws ModelError if it cannot be opened. */
    CsvAdvice analyseFile(const QString &path) const;

    /** pandas spelling: "int8", "Int8" (nullable), "float32", "boolean", "category", … */
    static QString dtypeName(PandasDtype dtype);
    /** Translated kind name. */
    static QString kindName(CsvColumnKind kind);
    /**
     * A Python dict for read_csv(dtype=…) with the recommendation of every column; float16 is
     * written as float32 because read_csv cannot parse float16 (convert after loading).
     */
    static QString pandasDtypeArgument(const CsvAdvice &advice);

private:
    CsvAdvisorOptions m_options;
    ProgressCallback m_progress;
    const std::atomic_bool *m_cancel = nullptr;
};

} // namespace memplanner
