// SPDX-License-Identifier: GPL-3.0-or-later
// bench_package: packages, signs, verifies and checksums two generated plugins (60 files and
// ~40 MB) built on the tool fixture, and prints ms and MB/s for each step.
#include "core/package/checksum.h"
#include "core/package/ignorerules.h"
#include "core/package/packagewriter.h"
#include "core/package/signature.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>
#include <ctime>

using namespace Studio;
using namespace Studio::Package;

namespace {

void copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString src = it.next();
        const QString dst = to + QLatin1Char('/') + QDir(from).relativeFilePath(src);
        QDir().mkpath(QFileInfo(dst).absolutePath());
        QFile::copy(src, dst);
    }
}

void writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(data);
}

// Text-like data that compresses roughly like source code (~3-4x).
QByteArray sourceLike(qint64 size, quint32 seed)
{
    QRandomGenerator rng(seed);
    static const char *words[] = {"def ", "return ", "self", ".value", "(x, y)", " = ", "\n    ", "import ", "yaml",
                                  "tool", "provider", "# comment ", "credentials", "\"en_US\"", ": ", "for i in range(10):"};
    QByteArray out;
    out.reserve(size);
    while (out.size() < size) {
        out += words[rng.bounded(16)];
        if (rng.bounded(8) == 0)
            out += QByteArray::number(rng.generate());
    }
    out.truncate(size);
    return out;
}

QString makePlugin(const QString &root, const QString &name, int extraFiles, qint64 extraBytesEach)
{
    const QString dir = root + QLatin1Char('/') + name;
    copyTree(QStringLiteral(STUDIO_FIXTURES "/plugins/tool"), dir);
    for (int i = 0; i < extraFiles; ++i)
        writeFile(dir + QStringLiteral("/lib/mod%1/file%2.py").arg(i % 7).arg(i), sourceLike(extraBytesEach, quint32(i + 1)));
    return dir;
}

double mbps(qint64 bytes, qint64 ns)
{
    return ns > 0 ? (double(bytes) / (1024.0 * 1024.0)) / (double(ns) / 1e9) : 0.0;
}

// CPU time of this process since the previous call: the machine may be shared, so wall time
// alone over-states the cost.
double cpuMsSinceLast()
{
    static std::clock_t last = std::clock();
    const std::clock_t now = std::clock();
    const double ms = 1000.0 * double(now - last) / CLOCKS_PER_SEC;
    last = now;
    return ms;
}

void row(const char *plugin, const char *step, qint64 bytes, qint64 ns)
{
    const double cpu = cpuMsSinceLast();
    std::printf("%-10s %-9s %10.1f ms wall %9.1f MB/s | %9.1f ms cpu %9.1f MB/s  (%lld bytes)\n", plugin, step,
                double(ns) / 1e6, mbps(bytes, ns), cpu, mbps(bytes, qint64(cpu * 1e6)), static_cast<long long>(bytes));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir tmp;
    if (!tmp.isValid())
        return 1;
    const QString keyBase = tmp.filePath(QStringLiteral("bench"));
    QElapsedTimer kt;
    kt.start();
    if (auto k = generateKeyPair(keyBase); !k) {
        std::fprintf(stderr, "keygen: %s\n", qPrintable(k.error().message));
        return 1;
    }
    std::printf("keygen RSA-4096: %.1f ms\n", double(kt.nsecsElapsed()) / 1e6);
    auto priv = loadPrivateKey(keyBase + QStringLiteral(".private.pem"));
    auto pub = loadPublicKey(keyBase + QStringLiteral(".public.pem"));
    if (!priv || !pub)
        return 1;

    struct Case { const char *label; int files; qint64 each; };
    const Case cases[] = {{"60-files", 50, 4 * 1024}, {"40MB", 40, 1024 * 1024}};
    for (const Case &c : cases) {
        const QString dir = makePlugin(tmp.path(), QString::fromLatin1(c.label), c.files, c.each);
        auto files = openPluginFolder(dir);
        qint64 bytes = 0;
        for (const QString &p : files->paths())
            bytes += files->size(p);
        std::printf("\n%s: %lld files, %.1f MB uncompressed\n", c.label, static_cast<long long>(files->paths().size()),
                    double(bytes) / (1024.0 * 1024.0));

        PackageOptions o;
        o.outputPath = tmp.filePath(QString::fromLatin1(c.label) + QStringLiteral(".difypkg"));
        QElapsedTimer t;
        cpuMsSinceLast();
        t.start();
        auto r = packagePlugin(dir, o);
        const qint64 packNs = t.nsecsElapsed();
        if (!r) {
            std::fprintf(stderr, "package: %s\n", qPrintable(r.error().toString()));
            return 1;
        }
        row(c.label, "package", bytes, packNs);
        std::printf("%-10s archive   %.1f MB (%.0f%% of input)\n", c.label, double(r->bytesWritten) / (1024.0 * 1024.0),
                    100.0 * double(r->bytesWritten) / double(bytes));

        SignOptions so;
        so.category = QStringLiteral("community");
        t.restart();
        auto s = signPackage(r->outputPath, *priv, so);
        const qint64 signNs = t.nsecsElapsed();
        if (!s) {
            std::fprintf(stderr, "sign: %s\n", qPrintable(s.error().toString()));
            return 1;
        }
        row(c.label, "sign", bytes, signNs);

        t.restart();
        auto reader = PackageReader::open(s->outputPath);
        const VerifyResult v = reader ? verifyPackage(**reader, {*pub}) : VerifyResult();
        const qint64 verNs = t.nsecsElapsed();
        if (!v.verified) {
            std::fprintf(stderr, "verify failed: %s\n", qPrintable(v.error));
            return 1;
        }
        row(c.label, "verify", bytes, verNs);

        t.restart();
        auto sum = (*reader)->checksum();
        const qint64 sumNs = t.nsecsElapsed();
        row(c.label, "checksum", bytes, sumNs);

        cpuMsSinceLast();
        t.restart();
        const QString folderSum = checksumOf(*openPluginFolder(dir));
        row(c.label, "dir-sum", bytes, t.nsecsElapsed());
        if (!sum || folderSum.isEmpty())
            return 1;
    }
    return 0;
}
