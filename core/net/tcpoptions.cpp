// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/net/tcpoptions.h"

#include <QTcpSocket>

#ifdef Q_OS_LINUX
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#endif

namespace Studio::Net {

void setLowDelay(QTcpSocket *socket, bool on)
{
    socket->setSocketOption(QAbstractSocket::LowDelayOption, on ? 1 : 0);
}

void quickAck(QTcpSocket *socket)
{
#ifdef Q_OS_LINUX
    const qintptr fd = socket->socketDescriptor();
    if (fd >= 0) {
        int one = 1;
        ::setsockopt(int(fd), IPPROTO_TCP, TCP_QUICKACK, &one, sizeof one);
    }
#else
    Q_UNUSED(socket)
#endif
}

} // namespace Studio::Net
