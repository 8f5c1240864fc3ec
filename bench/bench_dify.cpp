// SPDX-License-Identifier: GPL-3.0-or-later
// Figures for the Dify connection (#13.7), against the loopback console stand-in of the tests
// (so they measure the studio's side: parsing, sealing, packaging, polling, not a network):
//   sign-in (system features, login, profile, workspaces, current workspace), median of 20;
//   list of 100 installed plugins with the Marketplace update check, median of 20;
//   deploy of a 60-file plugin (validate, package, check, upload, install, task followed with
//   the stand-in's task finishing on its first poll), median of 5.
#include "core/dify/connection.h"
#include "core/dify/deploy.h"
#include "core/dify/remote.h"
#include "core/dify/signin.h"
#include "tests/core/tst_dify_standin.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Studio;
using namespace Studio::Dify;

namespace {

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

bool copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString f = it.next();
        const QString target = to + f.mid(from.size());
        QDir().mkpath(QFileInfo(target).path());
        if (!QFile::copy(f, target))
            return false;
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    TestSupport::DifyStandIn dify;
    dify.taskPolls = 1;
    dify.addPlugins(100);
    if (!dify.start())
        return 1;
    Net::Downloader net;

    QList<double> signIns;
    SignInResult last;
    for (int i = 0; i < 20; ++i) {
        SignIn s(&net);
        QEventLoop loop;
        QObject::connect(&s, &SignIn::finished, &loop, &QEventLoop::quit);
        QElapsedTimer t;
        t.start();
        s.start({dify.url().toString(), dify.email, dify.password, {}, QStringLiteral("bench")});
        loop.exec();
        signIns << double(t.nsecsElapsed()) / 1e6;
        if (s.error()) {
            std::fprintf(stderr, "sign-in failed: %s\n", qPrintable(s.error()->message));
            return 1;
        }
        last = s.result();
    }
    std::printf("sign-in (5 requests, cookies + CSRF), median of 20: %.1f ms\n", median(signIns));

    Connection c = last.connection;
    c.name = QStringLiteral("bench");
    Remote remote(c, last.tokens, &net, nullptr);
    QList<double> lists;
    for (int i = 0; i < 20; ++i) {
        QEventLoop loop;
        QElapsedTimer t;
        t.start();
        int n = 0;
        remote.listPlugins([&](const Outcome<QList<RemotePlugin>> &r) {
            if (!r)
                return loop.quit();
            remote.checkUpdates(*r, [&](const Outcome<QList<RemotePlugin>> &u) {
                n = u ? int(u->size()) : -1;
                loop.quit();
            });
        });
        loop.exec();
        lists << double(t.nsecsElapsed()) / 1e6;
        if (n != 100) {
            std::fprintf(stderr, "list failed (%d)\n", n);
            return 1;
        }
    }
    std::printf("list of 100 installed plugins + Marketplace update check, median of 20: %.1f ms\n", median(lists));

    // A 60-file plugin: the tool fixture plus generated modules.
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("tool"));
    if (!copyTree(QStringLiteral(STUDIO_FIXTURES) + QStringLiteral("/plugins/tool"), project))
        return 1;
    int files = 0;
    QDirIterator count(project, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (count.hasNext()) {
        count.next();
        ++files;
    }
    QDir().mkpath(project + QStringLiteral("/lib"));
    for (int i = files; i < 60; ++i) {
        QFile f(project + QStringLiteral("/lib/module_%1.py").arg(i));
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        for (int line = 0; line < 200; ++line)
            f.write(QByteArray("def f_") + QByteArray::number(line) + "(x):\n    return x * " + QByteArray::number(line) + "\n");
    }
    QList<double> deploys, packaging, upload, install;
    int deployedFiles = 0;
    for (int i = 0; i < 5; ++i) {
        QFile marker(project + QStringLiteral("/lib/module_%1.py").arg(files));
        if (!marker.open(QIODevice::Append))
            return 1;
        marker.write("# run " + QByteArray::number(i) + "\n"); // a new version every time
        marker.close();
        DeployOptions o;
        o.projectDir = project;
        o.replaceInstalled = true;
        o.pollFirstMs = 50;
        Deploy d(&remote, o);
        QEventLoop loop;
        QObject::connect(&d, &Deploy::finished, &loop, &QEventLoop::quit);
        QElapsedTimer t;
        t.start();
        d.start();
        loop.exec();
        if (!d.succeeded()) {
            std::fprintf(stderr, "deploy failed: %s\n", qPrintable(d.error()));
            return 1;
        }
        deploys << double(t.nsecsElapsed()) / 1e6;
        packaging << double(d.msPackaging);
        upload << double(d.msUpload);
        install << double(d.msInstall);
        deployedFiles = d.fileCount();
    }
    std::printf("deploy of a %d-file plugin (replacing the installed version), median of 5: %.0f ms "
                "(validate+package %.0f ms, upload %.0f ms, install task followed to its end %.0f ms)\n",
                deployedFiles, median(deploys), median(packaging), median(upload), median(install));
    return 0;
}
