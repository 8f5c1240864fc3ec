// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The few rules of the Dify Marketplace's CI (langgenius/dify-plugins, marketplace-submission.md
// §4.4, §4.5) that the scaffolds must already satisfy: the source hosts it accepts, the contact
// e-mail shape and the author words it refuses. `publish check` (core/publish) uses the same
// functions, so what the wizard writes and what the pre-flight accepts cannot drift apart.

#include <QString>
#include <QStringList>

namespace Studio::Scaffold {

// github.com gitlab.com bitbucket.org gitee.com codeberg.org git.sr.ht gitlab.anchnet.com
const QStringList &marketplaceSourceHosts();
// The whole value is http(s)://[www.]<allowed host>/<path> (manifest `repo`).
bool isMarketplaceSourceRepo(const QString &url);
// Such a URL appears somewhere in `text` (README); returns the first, or "".
QString findMarketplaceSourceLink(const QString &text);
// local@domain.tld, as the Marketplace's manifest check accepts it (manifest `contact`).
bool isMarketplaceContact(const QString &email);
// "dify" or "langgenius" when the author contains it (case-sensitive, as the check is); else "".
QString marketplaceReservedAuthorWord(const QString &author);

} // namespace Studio::Scaffold
