#!/usr/bin/env node
// The baseline for the chat benchmark: a minimal broadcast relay on node's ws, speaking just
// enough of the Lectern frames (docs/protocol.md) for chat_load to drive it unchanged.
// auth.register accepts anyone, groups live in memory, chat.send is answered and broadcast as
// chat.message to every member (the sender included), nothing is stored or checked.
// Usage: node baseline-relay.js PORT   (listens on 127.0.0.1 only)
'use strict';
const { WebSocketServer } = require('ws');

const port = Number(process.argv[2] || 8430);
const groups = new Map(); // id -> { group, members: Set<socket> }
const byInvite = new Map(); // invite code -> id
let nextUser = 1, nextGroup = 1, nextMessage = 1;

function reply(socket, rid, fields) {
    socket.send(JSON.stringify({ v: 1, type: 'ok', rid, ...fields }));
}
function refuse(socket, rid, code, message) {
    socket.send(JSON.stringify({ v: 1, type: 'error', rid, code, message }));
}

const server = new WebSocketServer({ host: '127.0.0.1', port });
server.on('connection', (socket) => {
    socket.on('message', (data) => {
        let frame;
        try { frame = JSON.parse(data); } catch { return refuse(socket, undefined, 'malformed_json', 'Not JSON.'); }
        const rid = frame.rid;
        switch (frame.type) {
        case 'auth.register':
        case 'auth.login':
            socket.userId = nextUser++;
            socket.username = frame.username;
            return reply(socket, rid, { user_id: socket.userId, token: 'relay', expires_at: new Date().toISOString() });
        case 'group.create': {
            const id = nextGroup++;
            const group = { id, name: frame.name, invite_code: String(id).padStart(10, 'A'), owner: socket.userId };
            groups.set(id, { group, members: new Set([socket]), seq: 0 });
            byInvite.set(group.invite_code, id);
            return reply(socket, rid, { group });
        }
        case 'group.join': {
            const entry = groups.get(byInvite.get(frame.invite_code));
            if (!entry) return refuse(socket, rid, 'not_found', 'No group has this invite code.');
            entry.members.add(socket);
            return reply(socket, rid, { group: entry.group });
        }
        case 'chat.send': {
            const entry = groups.get(frame.group);
            if (!entry || !entry.members.has(socket)) return refuse(socket, rid, 'not_found', 'No such group.');
            const message = {
                id: nextMessage++, group: frame.group, seq: ++entry.seq, sender: socket.userId,
                sender_name: socket.username, client_msg_id: frame.client_msg_id, text: frame.text,
                created_at: new Date().toISOString(),
            };
            reply(socket, rid, { message, duplicate: false });
            const event = JSON.stringify({ v: 1, type: 'chat.message', message });
            for (const member of entry.members) member.send(event);
            return;
        }
        default:
            return refuse(socket, rid, 'unknown_type', `The relay does not know "${frame.type}".`);
        }
    });
    socket.on('close', () => {
        for (const entry of groups.values()) entry.members.delete(socket);
    });
});
server.on('listening', () => console.log(`baseline relay listening on 127.0.0.1:${port}`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
