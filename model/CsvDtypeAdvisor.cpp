#include "CsvDtypeAdvisor.h"

#include "Bytes.h"
#include "ModelError.h"

#include <QFile>
#include <QIODevice>
#include <QSet>

#include <algorithm>
#include <bit>
#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>
#include <memory>
#include <string>
#include <vector>

namespace memplanner {

namespace {

// ---------------------------------------------------------------------------------------------
// Field classification

enum FieldType : std::uint8_t { Missing, Int, Float, Bool, Str };

struct Field
{
    FieldType type = Missing;
    bool f32 = false; // the value survives float32
    bool f16 = false; // … and float16
    bool hashed = false;
    std::int64_t i = 0;
    double d = 0.0;
    std::int64_t len = 0;     // UTF-8 bytes
    std::int64_t payload = 0; // sys.getsizeof(str) − header
    std::uint64_t hash = 0;
};

// A binary floating-point format: p significand bits (implicit bit included), the exponent of
// its smallest subnormal, its largest finite value, its smallest normal value, and the decimal
// digits any decimal with that many significant digits keeps on a round trip (FLT_DIG-style).
struct BinaryFormat
{
    int precision;
    int subnormalExponent;
    double maxFinite;
    double minNormal;
    int digits10;
};

constexpr BinaryFormat Binary32{24, -149, 3.4028234663852886e38, 1.1754943508222875e-38, 6};
constexpr BinaryFormat Binary16{11, -24, 65504.0, 6.103515625e-05, 3};

// Round |a| (finite, > 0) to the nearest value of @p f (ties to even); inf when it overflows.
double roundTo(double a, const BinaryFormat &f)
{
    int e = 0;
    std::frexp(a, &e); // a = m · 2^e, 0.5 ≤ m < 1
    const int q = std::max(e - f.precision, f.subnormalExponent);
    const double r = std::ldexp(std::nearbyint(std::ldexp(a, -q)), q);
    return r > f.maxFinite ? std::numeric_limits<double>::infinity() : r;
}

// Powers of ten that doubles hold exactly.
constexpr double ExactPow10[]
    = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
       1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

double pow10(int e)
{
    if (e >= 0 && e <= 22)
        return ExactPow10[e];
    return std::pow(10.0, e);
}

// Is the decimal text (value v, @p sig significant digits, last digit at 10^eLast) kept by @p f
// within half a unit of its last digit plus tol·|v|?
bool keeps(double v, int sig, int eLast, double tol, const BinaryFormat &f)
{
    const double a = std::fabs(v);
    if (a == 0.0 || std::isinf(a))
        return true;
    if (tol == 0.0 && sig <= f.digits10 && a >= f.minNormal && a <= f.maxFinite)
        return true; // every decimal of ≤ digits10 digits round-trips in the normal range
    const double r = roundTo(a, f);
    if (std::isinf(r))
        return false;
    return std::fabs(r - a) <= 0.5 * pow10(eLast) + tol * a;
}

// Integers: exact in a format with p significand bits iff its significant bits fit.
bool intKeeps(std::int64_t i, const BinaryFormat &f)
{
    const std::uint64_t u = i < 0 ? std::uint64_t(0) - std::uint64_t(i) : std::uint64_t(i);
    if (u == 0)
        return true;
    if (double(u) > f.maxFinite)
        return false;
    const int width = 64 - std::countl_zero(u);
    const int trailing = std::countr_zero(u);
    return width - trailing <= f.precision;
}

// The byte-level hash used to count distinct values (64 bits: for 65,536 values the chance of a
// collision is about 2^32 / 2^64 ≈ 1e-10).
inline std::uint64_t mix(std::uint64_t h)
{
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 33;
    return h;
}

std::uint64_t hashBytes(const char *p, std::size_t n)
{
    std::uint64_t h = 0x9E3779B97F4A7C15ULL ^ (n * 0xC2B2AE3D27D4EB4FULL);
    while (n >= 8) {
        std::uint64_t w;
        std::memcpy(&w, p, 8);
        h = (h ^ mix(w)) * 0x9E3779B97F4A7C15ULL;
        h = std::rotl(h, 29);
        p += 8;
        n -= 8;
    }
    std::uint64_t w = 0;
    std::memcpy(&w, p, n);
    h = (h ^ mix(w ^ n)) * 0x9E3779B97F4A7C15ULL;
    return mix(h);
}

bool hasHighBit(const char *p, std::size_t n)
{
    std::uint64_t acc = 0;
    while (n >= 8) {
        std::uint64_t w;
        std::memcpy(&w, p, 8);
        acc |= w;
        p += 8;
        n -= 8;
    }
    std::uint64_t w = 0;
    std::memcpy(&w, p, n);
    return ((acc | w) & 0x8080808080808080ULL) != 0;
}

// sys.getsizeof(str) − sys.getsizeof('') for non-ASCII UTF-8 text (CPython ≤ 3.11, 64-bit):
// compact Latin-1 73 + n, UCS-2 74 + 2n, UCS-4 76 + 4n against ASCII's 49 + n.
std::int64_t nonAsciiPayload(const char *p, std::size_t n)
{
    std::int64_t chars = 0;
    std::uint32_t maxCp = 0;
    for (std::size_t k = 0; k < n;) {
        const unsigned char b = static_cast<unsigned char>(p[k]);
        std::uint32_t cp = b;
        int extra = 0;
        if (b >= 0xF0) {
            cp = b & 0x07;
            extra = 3;
        } else if (b >= 0xE0) {
            cp = b & 0x0F;
            extra = 2;
        } else if (b >= 0xC0) {
            cp = b & 0x1F;
            extra = 1;
        }
        ++k;
        for (int x = 0; x < extra && k < n; ++x, ++k)
            cp = (cp << 6) | (static_cast<unsigned char>(p[k]) & 0x3F);
        maxCp = std::max(maxCp, cp);
        ++chars;
    }
    if (maxCp < 0x80)
        return chars;
    if (maxCp < 0x100)
        return 24 + chars;
    if (maxCp < 0x10000)
        return 25 + 2 * chars;
    return 27 + 4 * chars;
}

bool equalsNoCase(const char *p, std::size_t n, const char *lower)
{
    const std::size_t m = std::strlen(lower);
    if (n != m)
        return false;
    for (std::size_t k = 0; k < n; ++k)
        if ((p[k] | 0x20) != lower[k])
            return false;
    return true;
}

// pandas' default na_values (pandas.read_csv documentation, "na_values"), by length.
bool isNaText(const char *p, std::size_t n)
{
    struct Spelling
    {
        const char *text;
        std::size_t length;
    };
    static constexpr Spelling spellings[]
        = {{"NA", 2},      {"#NA", 3},      {"N/A", 3},     {"NaN", 3},    {"n/a", 3},
           {"nan", 3},     {"#N/A", 4},     {"-NaN", 4},    {"-nan", 4},   {"<NA>", 4},
           {"NULL", 4},    {"None", 4},     {"null", 4},    {"1.#IND", 6}, {"-1.#IND", 7},
           {"1.#QNAN", 7}, {"#N/A N/A", 8}, {"-1.#QNAN", 8}};
    for (const Spelling &s : spellings) {
        if (s.length > n)
            break;
        if (s.length == n && std::memcmp(s.text, p, n) == 0)
            return true;
    }
    return false;
}

struct NaFilter
{
    bool first[256] = {};
    NaFilter()
    {
        for (unsigned char c : {'#', '-', '1', '<', 'N', 'n'})
            first[c] = true;
    }
};

// Open addressing set of 64-bit hashes (0 marks an empty slot).
class HashSet
{
public:
    // Returns true when @p h was not in the set.
    bool insert(std::uint64_t h)
    {
        if (h == 0)
            h = 1;
        if ((m_count + 1) * 2 > m_slots.size())
            grow();
        std::size_t i = h & m_mask;
        while (true) {
            const std::uint64_t s = m_slots[i];
            if (s == h)
                return false;
            if (s == 0) {
                m_slots[i] = h;
                ++m_count;
                return true;
            }
            i = (i + 1) & m_mask;
        }
    }
    std::size_t size() const { return m_count; }
    void release()
    {
        std::vector<std::uint64_t>().swap(m_slots);
        m_count = 0;
        m_mask = 0;
    }

private:
    void grow()
    {
        const std::size_t capacity = m_slots.empty() ? 256 : m_slots.size() * 2;
        std::vector<std::uint64_t> old;
        old.swap(m_slots);
        m_slots.assign(capacity, 0);
        m_mask = capacity - 1;
        m_count = 0;
        for (std::uint64_t h : old)
            if (h != 0)
                insert(h);
    }

    std::vector<std::uint64_t> m_slots;
    std::size_t m_count = 0;
    std::size_t m_mask = 0;
};

struct ColumnStats
{
    std::int64_t values = 0;
    std::int64_t missing = 0;
    std::int64_t ints = 0;
    std::int64_t floats = 0;
    std::int64_t bools = 0;
    std::int64_t strings = 0;
    std::int64_t intMin = std::numeric_limits<std::int64_t>::max();
    std::int64_t intMax = std::numeric_limits<std::int64_t>::min();
    double min = std::numeric_limits<double>::infinity();
    double max = -std::numeric_limits<double>::infinity();
    bool f32 = true;
    bool f16 = true;
    std::int64_t payload = 0;
    std::int64_t textBytes = 0;
    HashSet distinct;
    bool tracking = true;
    bool capped = false;
    std::int64_t distinctPayload = 0;
};

// ---------------------------------------------------------------------------------------------
// The streaming tokenizer + statistics

class Scanner
{
public:
    explicit Scanner(const CsvAdvisorOptions &o) : m_o(o)
    {
        m_special[static_cast<unsigned char>(o.delimiter)] = true;
        m_special[static_cast<unsigned char>('\n')] = true;
        m_special[static_cast<unsigned char>('\r')] = true;
        m_ncolsKnown = false;
        m_headerPending = o.header;
    }

    void feed(const char *data, std::size_t n);
    void finish();

    // results
    std::vector<ColumnStats> columns;
    QStringList names;
    std::int64_t rows = 0;
    std::int64_t malformed = 0;
    QList<std::int64_t> malformedLines;
    std::int64_t blankLines = 0;
    bool unterminatedQuote = false;

private:
    enum State : std::uint8_t { StartField, Unquoted, Quoted, QuoteInQuoted };

    void endField(const char *p, std::size_t n);
    void endRecord();
    void terminator(char c);
    void classify(const char *p, std::size_t n, ColumnStats &col, Field &f) const;
    bool parseNumber(const char *b, const char *e, const ColumnStats &col, Field &f) const;
    void commit(const Field &f, ColumnStats &col);
    void noteMalformed(std::int64_t line);

    const CsvAdvisorOptions &m_o;
    bool m_special[256] = {};
    NaFilter m_na;
    State m_state = StartField;
    bool m_skipLF = false;
    bool m_firstChunk = true;
    bool m_fieldInBuf = false;
    bool m_fieldQuoted = false;
    std::string m_buf;
    const char *m_seg = nullptr;

    bool m_headerPending;
    bool m_ncolsKnown;
    std::size_t m_ncols = 0;
    std::size_t m_fieldIndex = 0;
    bool m_lastFieldBlank = false;
    std::vector<Field> m_row;
    std::int64_t m_line = 1;
    std::int64_t m_recordLine = 1;
};

void Scanner::feed(const char *data, std::size_t n)
{
    const char *p = data;
    const char *const end = data + n;
    if (m_firstChunk) {
        m_firstChunk = false;
        if (n >= 3 && std::memcmp(p, "\xEF\xBB\xBF", 3) == 0)
            p += 3; // UTF-8 byte order mark
    }
    if (m_state == Unquoted)
        m_seg = p; // the field began in an earlier buffer; its start is in m_buf
    const char quote = m_o.quote;
    while (p < end) {
        switch (m_state) {
        case StartField: {
            const char c = *p;
            if (m_skipLF) {
                m_skipLF = false;
                if (c == '\n') {
                    ++p;
                    continue;
                }
            }
            if (c == quote) {
                m_state = Quoted;
                m_buf.clear();
                m_fieldInBuf = true;
                m_fieldQuoted = true;
                ++p;
                continue;
            }
            m_seg = p;
            m_fieldInBuf = false;
            m_fieldQuoted = false;
            m_state = Unquoted;
            [[fallthrough]];
        }
        case Unquoted: {
            const char *q = p;
            while (q < end && !m_special[static_cast<unsigned char>(*q)])
                ++q;
            if (q == end) {
                // The field goes on in the next buffer: keep what we have.
                if (m_fieldInBuf) {
                    m_buf.append(m_seg, end);
                } else {
                    m_buf.assign(m_seg, end);
                    m_fieldInBuf = true;
                }
                p = end;
                break;
            }
            if (m_fieldInBuf) {
                m_buf.append(m_seg, q);
                endField(m_buf.data(), m_buf.size());
            } else {
                endField(m_seg, std::size_t(q - m_seg));
            }
            terminator(*q);
            p = q + 1;
            break;
        }
        case Quoted: {
            const char *q = static_cast<const char *>(std::memchr(p, quote, std::size_t(end - p)));
            const char *stop = q ? q : end;
            m_line += std::count(p, stop, '\n');
            m_buf.append(p, stop);
            if (!q) {
                p = end;
                break;
            }
            p = q + 1;
            m_state = QuoteInQuoted;
            break;
        }
        case QuoteInQuoted: {
            const char c = *p;
            if (c == quote) { // a doubled quote stands for one
                m_buf.push_back(quote);
                m_state = Quoted;
                ++p;
                break;
            }
            if (m_special[static_cast<unsigned char>(c)]) {
                endField(m_buf.data(), m_buf.size());
                terminator(c);
                ++p;
                break;
            }
            // Text after the closing quote is kept, as pandas does.
            m_seg = p;
            m_state = Unquoted;
            break;
        }
        }
    }
}

void Scanner::finish()
{
    switch (m_state) {
    case StartField:
        if (m_fieldIndex > 0) { // "a,b," then end of file: one more empty field
            m_fieldQuoted = false;
            endField("", 0);
            endRecord();
        }
        break;
    case Unquoted:
        endField(m_buf.data(), m_buf.size());
        endRecord();
        break;
    case QuoteInQuoted:
        endField(m_buf.data(), m_buf.size());
        endRecord();
        break;
    case Quoted:
        unterminatedQuote = true;
        noteMalformed(m_recordLine);
        break;
    }
    m_state = StartField;
}

void Scanner::terminator(char c)
{
    m_state = StartField;
    if (c == m_o.delimiter)
        return;
    ++m_line;
    if (c == '\r')
        m_skipLF = true;
    endRecord();
}

void Scanner::endField(const char *p, std::size_t n)
{
    m_lastFieldBlank = n == 0 && !m_fieldQuoted;
    const std::size_t index = m_fieldIndex++;
    if (m_headerPending) {
        names.append(QString::fromUtf8(p, qsizetype(n)));
        return;
    }
    if (index < m_ncols) {
        classify(p, n, columns[index], m_row[index]);
    } else if (!m_ncolsKnown) {
        columns.emplace_back();
        m_row.emplace_back();
        m_ncols = columns.size();
        classify(p, n, columns[index], m_row[index]);
    }
}

void Scanner::noteMalformed(std::int64_t line)
{
    ++malformed;
    if (malformedLines.size() < m_o.maxReportedMalformed)
        malformedLines.append(line);
}

void Scanner::endRecord()
{
    const std::size_t fields = m_fieldIndex;
    m_fieldIndex = 0;
    const std::int64_t startLine = m_recordLine;
    m_recordLine = m_line;
    if (fields == 1 && m_lastFieldBlank) { // blank line
        ++blankLines;
        if (m_headerPending)
            names.clear();
        else if (!m_ncolsKnown) {
            columns.clear();
            m_row.clear();
            m_ncols = 0;
        }
        return;
    }
    if (m_headerPending) {
        m_headerPending = false;
        m_ncolsKnown = true;
        m_ncols = std::size_t(names.size());
        columns.resize(m_ncols);
        m_row.resize(m_ncols);
        return;
    }
    if (!m_ncolsKnown) {
        m_ncolsKnown = true;
        for (std::size_t k = 0; k < m_ncols; ++k)
            names.append(QString::number(k)); // pandas labels header-less columns 0, 1, …
    }
    if (fields != m_ncols) {
        noteMalformed(startLine);
        return;
    }
    for (std::size_t k = 0; k < m_ncols; ++k)
        commit(m_row[k], columns[k]);
    ++rows;
}

bool Scanner::parseNumber(const char *b, const char *e, const ColumnStats &col, Field &f) const
{
    const char *s = b;
    bool negative = false;
    if (*s == '+' || *s == '-') {
        negative = *s == '-';
        ++s;
    }
    // acc accumulates every mantissa digit (integer and fraction parts) until it would overflow.
    std::uint64_t acc = 0;
    bool accOverflow = false;
    int sig = 0;
    bool nonZero = false;
    int intDigits = 0;
    const auto digit = [&](unsigned d) {
        if (acc > (std::numeric_limits<std::uint64_t>::max() - 9) / 10)
            accOverflow = true;
        else
            acc = acc * 10 + d;
        nonZero |= d != 0;
        sig += nonZero;
    };
    while (s < e) {
        const unsigned d = unsigned(static_cast<unsigned char>(*s)) - '0';
        if (d > 9)
            break;
        digit(d);
        ++intDigits;
        ++s;
    }
    int fracDigits = 0;
    bool dot = false;
    if (s < e && *s == '.') {
        dot = true;
        ++s;
        while (s < e) {
            const unsigned d = unsigned(static_cast<unsigned char>(*s)) - '0';
            if (d > 9)
                break;
            digit(d);
            ++fracDigits;
            ++s;
        }
    }
    if (intDigits + fracDigits == 0)
        return false;
    bool exponent = false;
    int exp10 = 0;
    if (s < e && (*s == 'e' || *s == 'E')) {
        exponent = true;
        ++s;
        bool expNegative = false;
        if (s < e && (*s == '+' || *s == '-')) {
            expNegative = *s == '-';
            ++s;
        }
        int digits = 0;
        while (s < e) {
            const unsigned d = unsigned(static_cast<unsigned char>(*s)) - '0';
            if (d > 9)
                break;
            if (exp10 < 100'000)
                exp10 = exp10 * 10 + int(d);
            ++digits;
            ++s;
        }
        if (digits == 0)
            return false;
        if (expNegative)
            exp10 = -exp10;
    }
    if (s != e)
        return false;

    const bool wantF32 = col.f32;
    const bool wantF16 = col.f16 && m_o.allowFloat16;
    const double tol = m_o.relativeTolerance;
    constexpr std::uint64_t int64Max = std::uint64_t(std::numeric_limits<std::int64_t>::max());
    if (!dot && !exponent && !accOverflow
        && (acc <= int64Max || (negative && acc == int64Max + 1))) {
        f.type = Int;
        f.i = negative ? std::int64_t(std::uint64_t(0) - acc) : std::int64_t(acc);
        f.d = double(f.i);
        if (tol == 0.0) {
            f.f32 = wantF32 && intKeeps(f.i, Binary32);
            f.f16 = wantF16 && f.f32 && intKeeps(f.i, Binary16);
        } else {
            f.f32 = wantF32 && keeps(f.d, sig, 0, tol, Binary32);
            f.f16 = wantF16 && f.f32 && keeps(f.d, sig, 0, tol, Binary16);
        }
        return true;
    }
    const int eLast = exp10 - fracDigits;
    double v = 0.0;
    if (!accOverflow && acc <= (std::uint64_t(1) << 53) && eLast >= -22 && eLast <= 22) {
        // Clinger's fast path: an exact mantissa and an exact power of ten, one correctly
        // rounded operation.
        v = eLast >= 0 ? double(acc) * ExactPow10[eLast] : double(acc) / ExactPow10[-eLast];
        if (negative)
            v = -v;
    } else {
        // from_chars takes no leading '+'.
        const char *numberStart = *b == '+' ? b + 1 : b;
        const auto [ptr, ec] = std::from_chars(numberStart, e, v);
        if (ptr != e || (ec != std::errc() && ec != std::errc::result_out_of_range))
            return false;
        if (ec == std::errc::result_out_of_range) // beyond float64: pandas gives ±inf or 0
            v = std::fabs(v) > 1.0 ? std::copysign(std::numeric_limits<double>::infinity(), v) : v;
    }
    f.type = Float;
    f.d = v;
    f.f32 = wantF32 && keeps(v, sig, eLast, tol, Binary32);
    f.f16 = wantF16 && f.f32 && keeps(v, sig, eLast, tol, Binary16);
    return true;
}

void Scanner::classify(const char *p, std::size_t n, ColumnStats &col, Field &f) const
{
    f.len = std::int64_t(n);
    f.hashed = false;
    f.f32 = f.f16 = false;
    if (n == 0 || (n <= 8 && m_na.first[static_cast<unsigned char>(p[0])] && isNaText(p, n))) {
        f.type = Missing;
        return;
    }
    f.payload = std::int64_t(n);
    bool done = false;
    // Numbers: pandas' C parser allows spaces around them.
    const char *b = p;
    const char *e = p + n;
    while (b < e && *b == ' ')
        ++b;
    while (e > b && e[-1] == ' ')
        --e;
    if (b < e) {
        const char c = *b;
        if ((c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.') {
            done = parseNumber(b, e, col, f);
            if (!done && (c == '-' || c == '+')
                && (equalsNoCase(b + 1, std::size_t(e - b - 1), "inf")
                    || equalsNoCase(b + 1, std::size_t(e - b - 1), "infinity"))) {
                f.type = Float;
                f.d = c == '-' ? -std::numeric_limits<double>::infinity()
                               : std::numeric_limits<double>::infinity();
                f.f32 = col.f32;
                f.f16 = col.f16 && m_o.allowFloat16;
                done = true;
            }
        } else if ((c | 0x20) == 'i'
                   && (equalsNoCase(b, std::size_t(e - b), "inf")
                       || equalsNoCase(b, std::size_t(e - b), "infinity"))) {
            f.type = Float;
            f.d = std::numeric_limits<double>::infinity();
            f.f32 = col.f32;
            f.f16 = col.f16 && m_o.allowFloat16;
            done = true;
        }
    }
    if (!done) {
        if ((n == 4
             && (std::memcmp(p, "True", 4) == 0 || std::memcmp(p, "TRUE", 4) == 0
                 || std::memcmp(p, "true", 4) == 0))
            || (n == 5
                && (std::memcmp(p, "False", 5) == 0 || std::memcmp(p, "FALSE", 5) == 0
                    || std::memcmp(p, "false", 5) == 0))) {
            f.type = Bool;
        } else {
            f.type = Str;
            if (hasHighBit(p, n))
                f.payload = nonAsciiPayload(p, n);
        }
    }
    if (col.tracking) {
        f.hash = hashBytes(p, n);
        f.hashed = true;
    }
}

void Scanner::commit(const Field &f, ColumnStats &col)
{
    if (f.type == Missing) {
        ++col.missing;
        return;
    }
    ++col.values;
    col.payload += f.payload;
    col.textBytes += f.len;
    switch (f.type) {
    case Int:
        ++col.ints;
        col.intMin = std::min(col.intMin, f.i);
        col.intMax = std::max(col.intMax, f.i);
        [[fallthrough]];
    case Float:
        if (f.type == Float)
            ++col.floats;
        col.min = std::min(col.min, f.d);
        col.max = std::max(col.max, f.d);
        col.f32 = col.f32 && f.f32;
        col.f16 = col.f16 && f.f16;
        break;
    case Bool:
        ++col.bools;
        break;
    case Str:
        ++col.strings;
        break;
    case Missing:
        break;
    }
    if (col.tracking && f.hashed && col.distinct.insert(f.hash)) {
        col.distinctPayload += f.payload;
        if (std::int64_t(col.distinct.size()) > m_o.distinctCap) {
            col.tracking = false;
            col.capped = true;
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Recommendations

int intWidth(std::int64_t lo, std::int64_t hi, bool allowUnsigned, bool *isUnsigned)
{
    struct Candidate
    {
        int bytes;
        bool isUnsigned;
        std::int64_t lo, hi;
    };
    static const Candidate candidates[] = {
        {1, false, -128, 127},
        {1, true, 0, 255},
        {2, false, -32768, 32767},
        {2, true, 0, 65535},
        {4, false, std::numeric_limits<std::int32_t>::min(),
         std::numeric_limits<std::int32_t>::max()},
        {4, true, 0, std::numeric_limits<std::uint32_t>::max()},
    };
    for (const Candidate &c : candidates) {
        if (c.isUnsigned && !allowUnsigned)
            continue;
        if (lo >= c.lo && hi <= c.hi) {
            *isUnsigned = c.isUnsigned;
            return c.bytes;
        }
    }
    *isUnsigned = false;
    return 8;
}

PandasDtype intDtype(int bytes, bool isUnsigned, bool nullable)
{
    if (isUnsigned) {
        switch (bytes) {
        case 1:
            return nullable ? PandasDtype::NullableUInt8 : PandasDtype::UInt8;
        case 2:
            return nullable ? PandasDtype::NullableUInt16 : PandasDtype::UInt16;
        default:
            return nullable ? PandasDtype::NullableUInt32 : PandasDtype::UInt32;
        }
    }
    switch (bytes) {
    case 1:
        return nullable ? PandasDtype::NullableInt8 : PandasDtype::Int8;
    case 2:
        return nullable ? PandasDtype::NullableInt16 : PandasDtype::Int16;
    case 4:
        return nullable ? PandasDtype::NullableInt32 : PandasDtype::Int32;
    default:
        return nullable ? PandasDtype::NullableInt64 : PandasDtype::Int64;
    }
}

// Python object sizes (64-bit CPython): sys.getsizeof(True) = 28, sys.getsizeof(float('nan'))
// = 24; every object-array slot is an 8-byte pointer.
constexpr std::int64_t PointerBytes = 8;
constexpr std::int64_t PyBoolBytes = 28;
constexpr std::int64_t PyFloatBytes = 24;

CsvColumnReport report(const QString &name, const ColumnStats &s, const CsvAdvisorOptions &o)
{
    CsvColumnReport r;
    r.name = name;
    r.values = s.values;
    r.missing = s.missing;
    r.distinct = std::int64_t(s.distinct.size());
    r.distinctCapped = s.capped;
    r.textBytes = s.textBytes;
    const std::int64_t rows = checkedAdd(s.values, s.missing);
    const std::int64_t header = o.pythonStrHeaderBytes;
    // object column, memory_usage(deep=True): pointers + str objects + NaN floats
    const std::int64_t objectBytes
        = checkedAdd(checkedAdd(checkedMul(rows, PointerBytes),
                                checkedAdd(checkedMul(s.values, header), s.payload)),
                     checkedMul(s.missing, PyFloatBytes));

    if (s.values == 0)
        r.kind = CsvColumnKind::Empty;
    else if (s.strings > 0 || (s.bools > 0 && s.ints + s.floats > 0))
        r.kind = CsvColumnKind::String;
    else if (s.bools > 0)
        r.kind = CsvColumnKind::Boolean;
    else if (s.floats > 0)
        r.kind = CsvColumnKind::Float;
    else
        r.kind = CsvColumnKind::Integer;

    if (r.kind == CsvColumnKind::Integer || r.kind == CsvColumnKind::Float) {
        r.min = s.min;
        r.max = s.max;
        r.float32Exact = s.f32;
        r.float16Exact = s.f16 && o.allowFloat16;
    }

    switch (r.kind) {
    case CsvColumnKind::Empty:
        r.defaultDtype = PandasDtype::Float64;
        r.defaultBytes = checkedMul(rows, 8);
        r.recommendedDtype = o.allowFloat16 ? PandasDtype::Float16 : PandasDtype::Float32;
        r.recommendedBytes = checkedMul(rows, o.allowFloat16 ? 2 : 4);
        r.note = CsvDtypeAdvisor::tr("Every value is missing: consider dropping the column.");
        break;
    case CsvColumnKind::Integer: {
        r.intMin = s.intMin;
        r.intMax = s.intMax;
        bool isUnsigned = false;
        const int width = intWidth(s.intMin, s.intMax, o.allowUnsigned, &isUnsigned);
        const bool nullable = s.missing > 0;
        r.defaultDtype = nullable ? PandasDtype::Float64 : PandasDtype::Int64;
        r.defaultBytes = checkedMul(rows, 8);
        r.recommendedDtype = intDtype(width, isUnsigned, nullable);
        // pandas' masked arrays keep a one-byte boolean mask per value.
        r.recommendedBytes = checkedMul(rows, width + (nullable ? 1 : 0));
        r.note = nullable
            ? CsvDtypeAdvisor::tr(
                  "Integers from %1 to %2 with missing values: pandas reads float64; the "
                  "nullable %3 keeps them exact.")
                  .arg(s.intMin)
                  .arg(s.intMax)
                  .arg(CsvDtypeAdvisor::dtypeName(r.recommendedDtype))
            : CsvDtypeAdvisor::tr("Integers from %1 to %2 fit %3.")
                  .arg(s.intMin)
                  .arg(s.intMax)
                  .arg(CsvDtypeAdvisor::dtypeName(r.recommendedDtype));
        break;
    }
    case CsvColumnKind::Float:
        r.defaultDtype = PandasDtype::Float64;
        r.defaultBytes = checkedMul(rows, 8);
        if (r.float16Exact) {
            r.recommendedDtype = PandasDtype::Float16;
            r.recommendedBytes = checkedMul(rows, 2);
            r.note = CsvDtypeAdvisor::tr(
                "Every value keeps its written digits in float16 (read as float32, "
                "then astype('float16')).");
        } else if (r.float32Exact) {
            r.recommendedDtype = PandasDtype::Float32;
            r.recommendedBytes = checkedMul(rows, 4);
            r.note = CsvDtypeAdvisor::tr("Every value keeps its written digits in float32.");
        } else {
            r.recommendedDtype = PandasDtype::Float64;
            r.recommendedBytes = r.defaultBytes;
            r.note = CsvDtypeAdvisor::tr("Some values need float64 to keep their written digits.");
        }
        break;
    case CsvColumnKind::Boolean:
        if (s.missing == 0) {
            r.defaultDtype = PandasDtype::Bool;
            r.defaultBytes = rows;
            r.recommendedDtype = PandasDtype::Bool;
            r.recommendedBytes = rows;
            r.note = CsvDtypeAdvisor::tr("Already one byte per value.");
        } else {
            r.defaultDtype = PandasDtype::Object;
            r.defaultBytes = checkedAdd(
                checkedAdd(checkedMul(rows, PointerBytes), checkedMul(s.values, PyBoolBytes)),
                checkedMul(s.missing, PyFloatBytes));
            r.recommendedDtype = PandasDtype::NullableBoolean;
            r.recommendedBytes = checkedMul(rows, 2);
            r.note = CsvDtypeAdvisor::tr(
                "Booleans with missing values: pandas keeps Python objects; the "
                "nullable boolean takes 2 bytes per value.");
        }
        break;
    case CsvColumnKind::String: {
        r.defaultDtype = PandasDtype::Object;
        r.defaultBytes = objectBytes;
        r.recommendedDtype = PandasDtype::Object;
        r.recommendedBytes = objectBytes;
        if (!s.capped && double(r.distinct) <= o.categoryMaxRatio * double(s.values)) {
            // pandas picks the smallest code type holding the category count
            // (coerce_indexer_dtype: int8 below 127 categories, int16 below 32,767, …).
            const std::int64_t codeBytes = r.distinct < 127             ? 1
                : r.distinct < 32'767                                   ? 2
                : r.distinct < std::numeric_limits<std::int32_t>::max() ? 4
                                                                        : 8;
            const std::int64_t categoryBytes
                = checkedAdd(checkedMul(rows, codeBytes),
                             checkedAdd(checkedMul(r.distinct, checkedAdd(PointerBytes, header)),
                                        s.distinctPayload));
            if (categoryBytes < objectBytes) {
                r.recommendedDtype = PandasDtype::Category;
                r.recommendedBytes = categoryBytes;
                r.note = CsvDtypeAdvisor::tr(
                             "%1 distinct values in %2: a category stores each once plus a "
                             "%3-byte code per row.")
                             .arg(r.distinct)
                             .arg(s.values)
                             .arg(codeBytes);
                break;
            }
        }
        r.note = s.capped
            ? CsvDtypeAdvisor::tr("More than %1 distinct values: kept as Python strings.")
                  .arg(o.distinctCap)
            : CsvDtypeAdvisor::tr("Too many distinct values for a category to save memory.");
        break;
    }
    }
    return r;
}

} // namespace

// ---------------------------------------------------------------------------------------------

CsvDtypeAdvisor::CsvDtypeAdvisor(CsvAdvisorOptions options) : m_options(std::move(options)) {}

void CsvDtypeAdvisor::setProgressCallback(ProgressCallback callback)
{
    m_progress = std::move(callback);
}

void CsvDtypeAdvisor::setCancelFlag(const std::atomic_bool *flag)
{
    m_cancel = flag;
}

CsvAdvice CsvDtypeAdvisor::analyseFile(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw ModelError(tr("Cannot open \"%1\": %2").arg(path, file.errorString()));
    return analyse(&file);
}

CsvAdvice CsvDtypeAdvisor::analyse(QIODevice *device) const
{
    const CsvAdvisorOptions &o = m_options;
    if (!device || !device->isReadable())
        throw ModelError(tr("The CSV source is not open for reading."));
    if (o.bufferBytes < 4096 || o.bufferBytes > (std::int64_t(1) << 30))
        throw ModelError(tr("The read buffer must be between 4 KiB and 1 GiB (got %1 bytes).")
                             .arg(o.bufferBytes));
    if (o.delimiter == '\n' || o.delimiter == '\r' || o.delimiter == o.quote)
        throw ModelError(tr("The delimiter cannot be a line break or the quote character."));
    if (o.distinctCap < 0 || o.relativeTolerance < 0.0 || o.pythonStrHeaderBytes < 0
        || o.maxReportedMalformed < 0)
        throw ModelError(tr("CSV analysis options must not be negative."));

    CsvAdvice advice;
    Scanner scanner(o);
    std::unique_ptr<char[]> buffer(new char[std::size_t(o.bufferBytes)]);
    const std::int64_t total = device->isSequential() ? -1 : device->size() - device->pos();
    while (true) {
        if (m_cancel && m_cancel->load(std::memory_order_relaxed)) {
            advice.cancelled = true;
            break;
        }
        const qint64 got = device->read(buffer.get(), o.bufferBytes);
        if (got < 0)
            throw ModelError(tr("Reading the CSV failed: %1").arg(device->errorString()));
        if (got == 0) {
            if (device->isSequential() && !device->atEnd() && device->waitForReadyRead(30'000))
                continue;
            break;
        }
        advice.bytesRead += got;
        scanner.feed(buffer.get(), std::size_t(got));
        if (m_progress)
            m_progress(advice.bytesRead, total);
    }
    if (!advice.cancelled)
        scanner.finish();

    advice.rows = scanner.rows;
    advice.malformedRows = scanner.malformed;
    advice.malformedLines = scanner.malformedLines;
    advice.blankLines = scanner.blankLines;
    advice.unterminatedQuote = scanner.unterminatedQuote;

    // Column names: pandas calls empty ones "Unnamed: i" and numbers repeats "a.1", "a.2".
    QStringList names = scanner.names;
    QSet<QString> seen;
    for (qsizetype k = 0; k < names.size(); ++k) {
        if (names[k].isEmpty())
            names[k] = QStringLiteral("Unnamed: %1").arg(k);
        QString unique = names[k];
        for (int dup = 1; seen.contains(unique); ++dup)
            unique = names[k] + QLatin1Char('.') + QString::number(dup);
        names[k] = unique;
        seen.insert(unique);
    }
    try {
        for (std::size_t k = 0; k < scanner.columns.size(); ++k) {
            const QString name
                = qsizetype(k) < names.size() ? names[qsizetype(k)] : QString::number(k);
            CsvColumnReport r = report(name, scanner.columns[k], o);
            advice.defaultBytes = checkedAdd(advice.defaultBytes, r.defaultBytes);
            advice.recommendedBytes = checkedAdd(advice.recommendedBytes, r.recommendedBytes);
            advice.columns.append(std::move(r));
        }
    } catch (const SizeOverflow &) {
        throw ModelError::overflow(tr("CSV column memory"));
    }
    advice.savingBytes = advice.defaultBytes - advice.recommendedBytes;
    advice.savingRatio
        = advice.defaultBytes > 0 ? double(advice.savingBytes) / double(advice.defaultBytes) : 0.0;

    if (advice.cancelled)
        advice.warnings << tr("The analysis was cancelled after %1 bytes: the figures cover "
                              "only the rows read so far.")
                               .arg(advice.bytesRead);
    if (advice.malformedRows > 0) {
        QStringList lines;
        for (std::int64_t l : advice.malformedLines)
            lines << QString::number(l);
        advice.warnings << tr("%n row(s) with the wrong number of fields were skipped (first at "
                              "line(s) %1).",
                              nullptr,
                              int(std::min<std::int64_t>(advice.malformedRows,
                                                         std::numeric_limits<int>::max())))
                               .arg(lines.join(QStringLiteral(", ")));
    }
    if (advice.unterminatedQuote)
        advice.warnings << tr("The file ends inside a quoted field.");
    if (advice.columns.isEmpty() && !advice.cancelled)
        advice.warnings << tr("No columns were found.");
    return advice;
}

QString CsvDtypeAdvisor::dtypeName(PandasDtype dtype)
{
    switch (dtype) {
    case PandasDtype::Bool:
        return QStringLiteral("bool");
    case PandasDtype::Int8:
        return QStringLiteral("int8");
    case PandasDtype::Int16:
        return QStringLiteral("int16");
    case PandasDtype::Int32:
        return QStringLiteral("int32");
    case PandasDtype::Int64:
        return QStringLiteral("int64");
    case PandasDtype::UInt8:
        return QStringLiteral("uint8");
    case PandasDtype::UInt16:
        return QStringLiteral("uint16");
    case PandasDtype::UInt32:
        return QStringLiteral("uint32");
    case PandasDtype::Float16:
        return QStringLiteral("float16");
    case PandasDtype::Float32:
        return QStringLiteral("float32");
    case PandasDtype::Float64:
        return QStringLiteral("float64");
    case PandasDtype::NullableInt8:
        return QStringLiteral("Int8");
    case PandasDtype::NullableInt16:
        return QStringLiteral("Int16");
    case PandasDtype::NullableInt32:
        return QStringLiteral("Int32");
    case PandasDtype::NullableInt64:
        return QStringLiteral("Int64");
    case PandasDtype::NullableUInt8:
        return QStringLiteral("UInt8");
    case PandasDtype::NullableUInt16:
        return QStringLiteral("UInt16");
    case PandasDtype::NullableUInt32:
        return QStringLiteral("UInt32");
    case PandasDtype::NullableBoolean:
        return QStringLiteral("boolean");
    case PandasDtype::Category:
        return QStringLiteral("category");
    case PandasDtype::Object:
        return QStringLiteral("object");
    }
    return QString();
}

QString CsvDtypeAdvisor::kindName(CsvColumnKind kind)
{
    switch (kind) {
    case CsvColumnKind::Empty:
        return tr("empty");
    case CsvColumnKind::Integer:
        return tr("integer");
    case CsvColumnKind::Float:
        return tr("float");
    case CsvColumnKind::Boolean:
        return tr("boolean");
    case CsvColumnKind::String:
        return tr("string");
    }
    return QString();
}

QString CsvDtypeAdvisor::pandasDtypeArgument(const CsvAdvice &advice)
{
    QStringList items;
    for (const CsvColumnReport &c : advice.columns) {
        QString name = c.name;
        name.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        name.replace(QLatin1Char('\''), QLatin1String("\\'"));
        const PandasDtype t = c.recommendedDtype == PandasDtype::Float16 ? PandasDtype::Float32
                                                                         : c.recommendedDtype;
        items << QStringLiteral("'%1': '%2'").arg(name, dtypeName(t));
    }
    return QLatin1Char('{') + items.join(QStringLiteral(", ")) + QLatin1Char('}');
}

} // namespace memplanner
