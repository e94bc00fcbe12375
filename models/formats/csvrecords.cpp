#include "csvrecords.h"

#include <QCoreApplication>

#include <cstring>

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(CsvRecords)
};

constexpr qsizetype ChunkBytes = 1 << 20;

bool isAscii(QByteArrayView bytes)
{
    for (const char c : bytes)
        if (uchar(c) >= 0x80)
            return false;
    return true;
}

} // namespace

CsvRecords::CsvRecords(QIODevice &device, QString file)
    : m_device(device)
    , m_file(std::move(file))
{}

Problem CsvRecords::fail(const QString &what) const
{
    return Problem{m_file, what};
}

bool CsvRecords::fill()
{
    if (m_atEnd)
        return false;
    if (m_at > 0) {
        m_buffer.remove(0, m_at);
        m_at = 0;
    }
    const qsizetype had = m_buffer.size();
    m_buffer.resize(had + ChunkBytes);
    const qint64 read = m_device.read(m_buffer.data() + had, ChunkBytes);
    m_buffer.resize(had + std::max<qint64>(read, 0));
    if (read < 0)
        m_problem = fail(Text::tr("cannot be read (%1)").arg(m_device.errorString()));
    if (read <= 0) {
        m_atEnd = true;
        return false;
    }
    // Spreadsheets on Windows save UTF-16; guessing would silently change names.
    const bool utf16 =
        had == 0 && (m_buffer.startsWith("\xff\xfe") || m_buffer.startsWith("\xfe\xff"));
    if (utf16) {
        m_problem = fail(Text::tr("is UTF-16 text; save it as CSV UTF-8 and import it again"));
        m_atEnd = true;
        return false;
    }
    if (std::memchr(m_buffer.constData() + had, '\0', size_t(read))) {
        m_problem =
            fail(Text::tr("contains NUL bytes: it looks like UTF-16 or a binary file; save it "
                          "as CSV UTF-8 and import it again"));
        m_atEnd = true;
        return false;
    }
    return true;
}

Outcome CsvRecords::start()
{
    fill();
    if (m_problem)
        return m_problem;
    if (m_buffer.startsWith("\xef\xbb\xbf"))
        m_at = 3;
    // The separator the header line has most of.
    while (m_buffer.indexOf('\n', m_at) < 0 && m_buffer.size() - m_at < MaxRecordBytes && fill()) {
    }
    qsizetype end = m_buffer.indexOf('\n', m_at);
    if (end < 0)
        end = m_buffer.size();
    const QByteArrayView header(m_buffer.constData() + m_at, end - m_at);
    qsizetype most = header.count(',');
    for (char candidate : {';', '\t'})
        if (header.count(candidate) > most) {
            most = header.count(candidate);
            m_separator = candidate;
        }
    return m_problem;
}

bool CsvRecords::next()
{
    while (true) {
        m_record.resize(0); // keeps its capacity: no allocation per record
        m_fields.clear();
        m_line = m_nextLine;
        int line = m_nextLine;
        qsizetype fieldStart = 0;
        bool quoted = false;
        bool fieldBegun = false; // a quote opens a field only at its start
        int quoteLine = 0;
        bool done = false;
        while (!done) {
            if (m_at >= m_buffer.size() && !fill()) {
                if (m_problem)
                    return false;
                if (quoted) {
                    m_problem =
                        fail(Text::tr("line %1: a quoted field is never closed").arg(quoteLine));
                    return false;
                }
                if (m_record.isEmpty() && m_fields.isEmpty())
                    return false; // the end, after the last line break
                done = true;
                break;
            }
            const char *data = m_buffer.constData();
            const qsizetype size = m_buffer.size();
            qsizetype i = m_at;
            if (quoted) {
                // Up to the next quote, line breaks included.
                const char *quote =
                    static_cast<const char *>(std::memchr(data + i, '"', size_t(size - i)));
                const qsizetype to = quote ? qsizetype(quote - data) : size;
                for (qsizetype j = i; j < to; ++j)
                    if (data[j] == '\n')
                        ++line;
                m_record.append(data + i, to - i);
                i = to;
                if (quote) {
                    if (i + 1 >= size && !m_atEnd) {
                        // Whether the quote is doubled is in the next chunk.
                        m_at = i;
                        if (!fill() && m_problem)
                            return false;
                        continue;
                    }
                    if (i + 1 < size && data[i + 1] == '"') {
                        m_record.append('"');
                        i += 2;
                    } else {
                        quoted = false;
                        ++i;
                    }
                }
                m_at = i;
            } else {
                // Plain bytes are copied a run at a time, up to the next byte that matters.
                qsizetype run = i;
                auto flush = [&](qsizetype to) { m_record.append(data + run, to - run); };
                for (; i < size; ++i) {
                    const char c = data[i];
                    if (c == m_separator) {
                        flush(i);
                        run = i + 1;
                        m_fields.append({fieldStart, m_record.size() - fieldStart});
                        fieldStart = m_record.size();
                        fieldBegun = false;
                    } else if (c == '\n') {
                        flush(i);
                        run = ++i;
                        done = true;
                        break;
                    } else if (c == '\r') {
                        flush(i);
                        run = i + 1;
                    } else if (c == '"' && !fieldBegun) {
                        flush(i);
                        quoted = true;
                        fieldBegun = true;
                        quoteLine = line;
                        m_record.truncate(fieldStart); // spaces before the quote
                        run = ++i;
                        break;
                    } else if (!fieldBegun && c != ' ' && c != '\t') {
                        fieldBegun = true;
                    }
                }
                flush(i);
                m_at = i;
            }
            if (m_record.size() > MaxRecordBytes) {
                m_problem = fail(Text::tr("line %1 is longer than %2 MB: it is not a CSV of metric "
                                          "values")
                                     .arg(m_line)
                                     .arg(MaxRecordBytes >> 20));
                return false;
            }
        }
        m_fields.append({fieldStart, m_record.size() - fieldStart});
        m_nextLine = line + 1;
        if (!isAscii(m_record) && !QByteArrayView(m_record).isValidUtf8()) {
            m_problem =
                fail(Text::tr("line %1 is not UTF-8 text (perhaps Latin-1 or Windows-1252); "
                              "save the file as CSV UTF-8 and import it again")
                         .arg(m_line));
            return false;
        }
        const bool blank = m_fields.size() == 1 && QByteArrayView(m_record).trimmed().isEmpty();
        if (!blank)
            return true;
    }
}

QStringList CsvRecords::texts() const
{
    QStringList texts;
    texts.reserve(m_fields.size());
    for (qsizetype i = 0; i < m_fields.size(); ++i)
        texts << text(i);
    return texts;
}
