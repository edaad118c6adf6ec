// Throughput of CsvDtypeAdvisor: generates a mixed-type CSV (≈200 MB by default) in a temporary
// directory, analyses it a few times and prints MB/s (MB = 10^6 bytes).
//
//   bench_csvdtypes [megabytes] [runs]     generate and measure
//   bench_csvdtypes --file data.csv [runs] measure an existing file
#include "CsvDtypeAdvisor.h"
#include "ModelError.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <random>
#include <string>
#include <vector>

using namespace memplanner;

namespace {

// Columns: id (int), age (small int, 1 % missing), price (2 decimals), score (9 decimals),
// active (bool), city (50 categories), comment (free text, some quoted with commas and doubled
// quotes), timestamp (string).
bool generate(const QString &path, qint64 targetBytes)
{
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return false;
    std::mt19937_64 rng(42);
    std::uniform_int_distribution<int> age(0, 99), city(0, 49), word(0, 15), pct(0, 99);
    std::uniform_real_distribution<double> price(0.5, 999.0), score(0.0, 1.0);
    static const char *const words[]
        = {"fast", "slow", "red",   "blue",  "cheap", "good", "bad",  "new",
           "old",  "big",  "small", "quiet", "loud",  "warm", "cold", "fine"};
    std::string buf;
    buf.reserve(1 << 22);
    buf += "id,age,price,score,active,city,comment,timestamp\n";
    qint64 written = 0;
    char tmp[256];
    for (qint64 id = 0; written + qint64(buf.size()) < targetBytes; ++id) {
        buf += std::to_string(id);
        buf += ',';
        if (pct(rng) != 0)
            buf += std::to_string(age(rng));
        buf += ',';
        std::snprintf(tmp, sizeof tmp, "%.2f,%.9f,", price(rng), score(rng));
        buf += tmp;
        buf += (id & 1) ? "True," : "False,";
        std::snprintf(tmp, sizeof tmp, "city_%02d,", city(rng));
        buf += tmp;
        const int kind = pct(rng);
        if (kind < 10) {
            std::snprintf(tmp, sizeof tmp, "\"%s, %s and \"\"%s\"\"\",", words[word(rng)],
                          words[word(rng)], words[word(rng)]);
            buf += tmp;
        } else {
            std::snprintf(tmp, sizeof tmp, "%s %s %s,", words[word(rng)], words[word(rng)],
                          words[word(rng)]);
            buf += tmp;
        }
        // One row per second from 2023-01-01: a high-cardinality string column.
        std::snprintf(tmp, sizeof tmp, "2023-%02d-%02d %02d:%02d:%02d\n",
                      int(1 + id / (28 * 86400) % 12), int(1 + id / 86400 % 28),
                      int(id / 3600 % 24), int(id / 60 % 60), int(id % 60));
        buf += tmp;
        if (buf.size() > (1u << 22) - 512) {
            if (out.write(buf.data(), qint64(buf.size())) != qint64(buf.size()))
                return false;
            written += qint64(buf.size());
            buf.clear();
        }
    }
    if (out.write(buf.data(), qint64(buf.size())) != qint64(buf.size()))
        return false;
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTemporaryDir dir;
    QString path;
    int runs = 3;
    if (args.size() > 2 && args.at(1) == QLatin1String("--file")) {
        path = args.at(2);
        if (args.size() > 3)
            runs = std::max(1, args.at(3).toInt());
    } else {
        const qint64 megabytes = args.size() > 1 ? args.at(1).toLongLong() : 200;
        if (args.size() > 2)
            runs = std::max(1, args.at(2).toInt());
        if (!dir.isValid() || megabytes <= 0) {
            std::fprintf(stderr, "bench_csvdtypes: cannot create a temporary directory\n");
            return 1;
        }
        path = dir.filePath(QStringLiteral("bench.csv"));
        QElapsedTimer gen;
        gen.start();
        if (!generate(path, megabytes * 1'000'000)) {
            std::fprintf(stderr, "bench_csvdtypes: cannot write %s\n", qPrintable(path));
            return 1;
        }
        std::printf("generated %s (%.1f MB) in %.1f s\n", qPrintable(path),
                    double(QFileInfo(path).size()) / 1e6, double(gen.elapsed()) / 1e3);
    }

    const double megabytes = double(QFileInfo(path).size()) / 1e6;
    std::vector<double> rates;
    CsvAdvice advice;
    try {
        for (int r = 0; r < runs; ++r) {
            const CsvDtypeAdvisor advisor;
            QElapsedTimer timer;
            timer.start();
            advice = advisor.analyseFile(path);
            const double seconds = double(timer.nsecsElapsed()) / 1e9;
            rates.push_back(megabytes / seconds);
            std::printf("run %d: %.3f s, %.1f MB/s\n", r + 1, seconds, rates.back());
        }
    } catch (const ModelError &e) {
        std::fprintf(stderr, "bench_csvdtypes: %s\n", qPrintable(e.message()));
        return 1;
    }
    std::sort(rates.begin(), rates.end());
    std::printf("rows %lld, columns %lld, malformed %lld\n", static_cast<long long>(advice.rows),
                static_cast<long long>(advice.columns.size()),
                static_cast<long long>(advice.malformedRows));
    for (const CsvColumnReport &c : advice.columns)
        std::printf("  %-10s %-8s %-9s -> %-9s %12lld -> %12lld bytes\n", qPrintable(c.name),
                    qPrintable(CsvDtypeAdvisor::kindName(c.kind)),
                    qPrintable(CsvDtypeAdvisor::dtypeName(c.defaultDtype)),
                    qPrintable(CsvDtypeAdvisor::dtypeName(c.recommendedDtype)),
                    static_cast<long long>(c.defaultBytes),
                    static_cast<long long>(c.recommendedBytes));
    std::printf("pandas default %.1f MB -> recommended %.1f MB (saving %.1f %%)\n",
                double(advice.defaultBytes) / 1e6, double(advice.recommendedBytes) / 1e6,
                advice.savingRatio * 100.0);
    std::printf("throughput: median %.1f MB/s, best %.1f MB/s over %d run(s)\n",
                rates[rates.size() / 2], rates.back(), runs);
    return 0;
}
