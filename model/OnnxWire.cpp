#include "OnnxWire.h"

#include "ModelError.h"

#include <QFile>

#include <algorithm>

// The field numbers are those of onnx/onnx.proto (ONNX 1.12, IR version 8).

namespace memplanner {

namespace {

enum class Message { Model, Graph, Node, Attribute, Tensor, SparseTensor, TrainingInfo, Function };

enum class Field { Copy, Drop, Data, Nested };

struct FieldRule
{
    Field field = Field::Copy;
    Message nested = Message::Model;
};

FieldRule rule(Message m, std::uint32_t number)
{
    const auto nested = [](Message n) { return FieldRule {Field::Nested, n}; };
    switch (m) {
    case Message::Model:
        if (number == 7)
            return nested(Message::Graph);
        if (number == 20)
            return nested(Message::TrainingInfo);
        if (number == 25)
            return nested(Message::Function);
        if (number == 6)
            return {Field::Drop};
        break;
    case Message::Graph:
        if (number == 1)
            return nested(Message::Node);
        if (number == 5)
            return nested(Message::Tensor);
        if (number == 15)
            return nested(Message::SparseTensor);
        if (number == 10)
            return {Field::Drop};
        break;
    case Message::Node:
        if (number == 5)
            return nested(Message::Attribute);
        if (number == 6)
            return {Field::Drop};
        break;
    case Message::Attribute:
        if (number == 5 || number == 10)
            return nested(Message::Tensor);
        if (number == 6 || number == 11)
            return nested(Message::Graph);
        if (number == 22 || number == 23)
            return nested(Message::SparseTensor);
        if (number == 13)
            return {Field::Drop};
        break;
    case Message::Tensor:
        // float_data, int32_data, string_data, int64_data, raw_data, double_data, uint64_data
        if (number == 4 || number == 5 || number == 6 || number == 7 || number == 9 || number == 10
            || number == 11)
            return {Field::Data};
        if (number == 12)
            return {Field::Drop};
        break;
    case Message::SparseTensor:
        if (number == 1 || number == 2)
            return nested(Message::Tensor);
        break;
    case Message::TrainingInfo:
        if (number == 1 || number == 2)
            return nested(Message::Graph);
        break;
    case Message::Function:
        if (number == 7)
            return nested(Message::Node);
        if (number == 8)
            return {Field::Drop};
        break;
    }
    return {};
}

struct Malformed
{
    std::int64_t offset;
};

/**
 * Sequential access to the serialized model: either bytes in memory or a file read through a
 * window, so that skipped values are never loaded.
 */
class Source
{
public:
    explicit Source(const QByteArray &bytes)
        : m_data(bytes.constData()), m_size(bytes.size()), m_file(nullptr)
    { }
    explicit Source(QFile &file) : m_data(nullptr), m_size(file.size()), m_file(&file) { }

    std::int64_t pos() const { return m_pos; }
    std::int64_t size() const { return m_size; }

    std::uint8_t byte()
    {
        if (m_pos >= m_size)
            throw Malformed {m_pos};
        if (m_file) {
            fill(1);
            return static_cast<std::uint8_t>(
                m_window[static_cast<qsizetype>(m_pos++ - m_windowStart)]);
        }
        return static_cast<std::uint8_t>(m_data[m_pos++]);
    }

    std::uint64_t varint()
    {
        std::uint64_t value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            const std::uint8_t b = byte();
            value |= static_cast<std::uint64_t>(b & 0x7f) << shift;
            if (!(b & 0x80))
                return value;
        }
        throw Malformed {m_pos};
    }

    /** Appends the next @p n bytes to @p out. */
    void copy(std::int64_t n, QByteArray &out)
    {
        if (n < 0 || n > m_size - m_pos)
            throw Malformed {m_pos};
        if (!m_file) {
            out.append(m_data + m_pos, static_cast<qsizetype>(n));
            m_pos += n;
            return;
        }
        while (n > 0) {
            const std::int64_t chunk = std::min<std::int64_t>(n, kWindow);
            fill(chunk);
            out.append(m_window.constData() + (m_pos - m_windowStart),
                       static_cast<qsizetype>(chunk));
            m_pos += chunk;
            n -= chunk;
        }
    }

    void skip(std::int64_t n)
    {
        if (n < 0 || n > m_size - m_pos)
            throw Malformed {m_pos};
        m_pos += n;
    }

private:
    static constexpr std::int64_t kWindow = 1 << 16; // headers are small; values are skipped

    void fill(std::int64_t need)
    {
        if (m_pos >= m_windowStart && m_pos + need <= m_windowStart + m_window.size())
            return;
        const std::int64_t length = std::min(std::max(need, kWindow), m_size - m_pos);
        if (!m_file->seek(m_pos))
            throw Malformed {m_pos};
        m_window = m_file->read(length);
        m_windowStart = m_pos;
        if (m_window.size() < need)
            throw Malformed {m_pos};
    }

    const char *m_data;
    std::int64_t m_size;
    std::int64_t m_pos = 0;
    QFile *m_file;
    QByteArray m_window;
    std::int64_t m_windowStart = 0;
};

void putVarint(QByteArray &out, std::uint64_t v)
{
    while (v >= 0x80) {
        out.append(static_cast<char>((v & 0x7f) | 0x80));
        v >>= 7;
    }
    out.append(static_cast<char>(v));
}

struct TooDeep
{
};
struct TooLarge
{
};

class Stripper
{
public:
    explicit Stripper(Source &source) : m_in(source) { }

    QByteArray run()
    {
        QByteArray out;
        message(Message::Model, m_in.size(), out, 0);
        return out;
    }

    std::int64_t droppedTensors = 0;

private:
    /** Copies one message ending at @p end into @p out, rewriting nested ones. */
    void message(Message type, std::int64_t end, QByteArray &out, int depth)
    {
        if (depth > OnnxWire::kMaxDepth)
            throw TooDeep {};
        QByteArray data; // a tensor's values, kept only when small
        bool dropping = false;
        while (m_in.pos() < end) {
            const std::int64_t tagAt = m_in.pos();
            const std::uint64_t tag = m_in.varint();
            const std::uint32_t number = static_cast<std::uint32_t>(tag >> 3);
            const int wire = static_cast<int>(tag & 7);
            if (number == 0 || (tag >> 3) > 0x1fffffff)
                throw Malformed {tagAt};
            const FieldRule r = rule(type, number);
            if (r.field == Field::Data && !dropping) {
                if (wire == 2) {
                    // decide before reading: a large raw_data is skipped, never loaded
                    const std::int64_t length = static_cast<std::int64_t>(m_in.varint());
                    if (length < 0 || length > end - m_in.pos())
                        throw Malformed {tagAt};
                    if (data.size() + length > OnnxWire::kKeptDataBytes) {
                        dropping = true;
                        data = QByteArray();
                        m_in.skip(length);
                        continue;
                    }
                    putVarint(data, tag);
                    putVarint(data, static_cast<std::uint64_t>(length));
                    m_in.copy(length, data);
                } else {
                    putVarint(data, tag);
                    value(wire, end, data, tagAt);
                }
                if (data.size() > OnnxWire::kKeptDataBytes) {
                    dropping = true;
                    data = QByteArray();
                }
                continue;
            }
            if (r.field == Field::Data || r.field == Field::Drop) {
                skipValue(wire, end, tagAt);
                continue;
            }
            if (r.field == Field::Nested && wire == 2) {
                const std::int64_t length = static_cast<std::int64_t>(m_in.varint());
                if (length < 0 || length > end - m_in.pos())
                    throw Malformed {tagAt};
                QByteArray inner;
                message(r.nested, m_in.pos() + length, inner, depth + 1);
                putVarint(out, tag);
                putVarint(out, static_cast<std::uint64_t>(inner.size()));
                out += inner;
                checkSize(out);
                continue;
            }
            putVarint(out, tag);
            value(wire, end, out, tagAt);
            checkSize(out);
        }
        if (m_in.pos() != end)
            throw Malformed {m_in.pos()};
        if (dropping)
            ++droppedTensors;
        else
            out += data;
    }

    void value(int wire, std::int64_t end, QByteArray &out, std::int64_t tagAt)
    {
        switch (wire) {
        case 0:
            putVarint(out, m_in.varint());
            break;
        case 1:
            m_in.copy(8, out);
            break;
        case 5:
            m_in.copy(4, out);
            break;
        case 2: {
            const std::int64_t length = static_cast<std::int64_t>(m_in.varint());
            if (length < 0 || length > end - m_in.pos())
                throw Malformed {tagAt};
            if (length > OnnxWire::kMaxStructureBytes)
                throw TooLarge {};
            putVarint(out, static_cast<std::uint64_t>(length));
            m_in.copy(length, out);
            break;
        }
        default: // groups (3, 4) are not used by ONNX; 6 and 7 do not exist
            throw Malformed {tagAt};
        }
        if (m_in.pos() > end)
            throw Malformed {tagAt};
    }

    void skipValue(int wire, std::int64_t end, std::int64_t tagAt)
    {
        switch (wire) {
        case 0:
            m_in.varint();
            break;
        case 1:
            m_in.skip(8);
            break;
        case 5:
            m_in.skip(4);
            break;
        case 2: {
            const std::int64_t length = static_cast<std::int64_t>(m_in.varint());
            if (length < 0 || length > end - m_in.pos())
                throw Malformed {tagAt};
            m_in.skip(length);
            break;
        }
        default:
            throw Malformed {tagAt};
        }
        if (m_in.pos() > end)
            throw Malformed {tagAt};
    }

    static void checkSize(const QByteArray &out)
    {
        if (out.size() > OnnxWire::kMaxStructureBytes)
            throw TooLarge {};
    }

    Source &m_in;
};

QByteArray strip(Source &source, const QString &origin, OnnxWire::Stats *stats)
{
    if (source.size() == 0)
        throw ModelError(OnnxWire::tr("%1 is empty, not an ONNX model.").arg(origin));
    Stripper stripper(source);
    QByteArray out;
    try {
        out = stripper.run();
    } catch (const Malformed &m) {
        throw ModelError(OnnxWire::tr("%1 is not a valid ONNX model: the protobuf data is "
                                      "truncated or corrupt at byte %2 of %3.")
                             .arg(origin)
                             .arg(m.offset)
                             .arg(source.size()));
    } catch (const TooDeep &) {
        throw ModelError(OnnxWire::tr("%1 nests graphs more than %2 levels deep.")
                             .arg(origin)
                             .arg(OnnxWire::kMaxDepth));
    } catch (const TooLarge &) {
        throw ModelError(OnnxWire::tr("The graph structure of %1 (without its weights) is larger "
                                      "than %2 MiB.")
                             .arg(origin)
                             .arg(OnnxWire::kMaxStructureBytes >> 20));
    } catch (const std::bad_alloc &) {
        throw ModelError(OnnxWire::tr("%1 is too large to read.").arg(origin));
    }
    if (stats) {
        stats->inputBytes = source.size();
        stats->keptBytes = out.size();
        stats->droppedTensors = stripper.droppedTensors;
    }
    return out;
}

} // namespace

QByteArray OnnxWire::stripBytes(const QByteArray &bytes, const QString &origin, Stats *stats)
{
    Source source(bytes);
    return strip(source, origin, stats);
}

QByteArray OnnxWire::stripFile(const QString &path, Stats *stats)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw ModelError(tr("Cannot open %1: %2").arg(path, file.errorString()));
    Source source(file);
    return strip(source, path, stats);
}

} // namespace memplanner
