# veth pairs brought up one after another with no pause (one ip -batch): each
# end's IPv6 sends MLD reports and a DAD probe as it comes up. Linux's softirq
# drains the CPU's backlog after each send, so however many frames are still on
# their way none is dropped for net.core.netdev_max_backlog (1000); vethlab
# used to count every frame in flight against it and, past about 500 pairs,
# dropped some (CPU_BACKLOG: rx_dropped on the last ends). Router
# solicitations are off so that the counts do not depend on how long the kernel
# takes to build the pairs.
sysctl -qw net.ipv6.conf.default.router_solicitations=0
ip -b - <<END
link add a1 type veth peer name b1
link set a1 up
link set b1 up
link add a2 type veth peer name b2
link set a2 up
link set b2 up
link add a3 type veth peer name b3
link set a3 up
link set b3 up
link add a4 type veth peer name b4
link set a4 up
link set b4 up
link add a5 type veth peer name b5
link set a5 up
link set b5 up
link add a6 type veth peer name b6
link set a6 up
link set b6 up
link add a7 type veth peer name b7
link set a7 up
link set b7 up
link add a8 type veth peer name b8
link set a8 up
link set b8 up
link add a9 type veth peer name b9
link set a9 up
link set b9 up
link add a10 type veth peer name b10
link set a10 up
link set b10 up
link add a11 type veth peer name b11
link set a11 up
link set b11 up
link add a12 type veth peer name b12
link set a12 up
link set b12 up
link add a13 type veth peer name b13
link set a13 up
link set b13 up
link add a14 type veth peer name b14
link set a14 up
link set b14 up
link add a15 type veth peer name b15
link set a15 up
link set b15 up
link add a16 type veth peer name b16
link set a16 up
link set b16 up
link add a17 type veth peer name b17
link set a17 up
link set b17 up
link add a18 type veth peer name b18
link set a18 up
link set b18 up
link add a19 type veth peer name b19
link set a19 up
link set b19 up
link add a20 type veth peer name b20
link set a20 up
link set b20 up
link add a21 type veth peer name b21
link set a21 up
link set b21 up
link add a22 type veth peer name b22
link set a22 up
link set b22 up
link add a23 type veth peer name b23
link set a23 up
link set b23 up
link add a24 type veth peer name b24
link set a24 up
link set b24 up
link add a25 type veth peer name b25
link set a25 up
link set b25 up
link add a26 type veth peer name b26
link set a26 up
link set b26 up
link add a27 type veth peer name b27
link set a27 up
link set b27 up
link add a28 type veth peer name b28
link set a28 up
link set b28 up
link add a29 type veth peer name b29
link set a29 up
link set b29 up
link add a30 type veth peer name b30
link set a30 up
link set b30 up
link add a31 type veth peer name b31
link set a31 up
link set b31 up
link add a32 type veth peer name b32
link set a32 up
link set b32 up
link add a33 type veth peer name b33
link set a33 up
link set b33 up
link add a34 type veth peer name b34
link set a34 up
link set b34 up
link add a35 type veth peer name b35
link set a35 up
link set b35 up
link add a36 type veth peer name b36
link set a36 up
link set b36 up
link add a37 type veth peer name b37
link set a37 up
link set b37 up
link add a38 type veth peer name b38
link set a38 up
link set b38 up
link add a39 type veth peer name b39
link set a39 up
link set b39 up
link add a40 type veth peer name b40
link set a40 up
link set b40 up
link add a41 type veth peer name b41
link set a41 up
link set b41 up
link add a42 type veth peer name b42
link set a42 up
link set b42 up
link add a43 type veth peer name b43
link set a43 up
link set b43 up
link add a44 type veth peer name b44
link set a44 up
link set b44 up
link add a45 type veth peer name b45
link set a45 up
link set b45 up
link add a46 type veth peer name b46
link set a46 up
link set b46 up
link add a47 type veth peer name b47
link set a47 up
link set b47 up
link add a48 type veth peer name b48
link set a48 up
link set b48 up
link add a49 type veth peer name b49
link set a49 up
link set b49 up
link add a50 type veth peer name b50
link set a50 up
link set b50 up
link add a51 type veth peer name b51
link set a51 up
link set b51 up
link add a52 type veth peer name b52
link set a52 up
link set b52 up
link add a53 type veth peer name b53
link set a53 up
link set b53 up
link add a54 type veth peer name b54
link set a54 up
link set b54 up
link add a55 type veth peer name b55
link set a55 up
link set b55 up
link add a56 type veth peer name b56
link set a56 up
link set b56 up
link add a57 type veth peer name b57
link set a57 up
link set b57 up
link add a58 type veth peer name b58
link set a58 up
link set b58 up
link add a59 type veth peer name b59
link set a59 up
link set b59 up
link add a60 type veth peer name b60
link set a60 up
link set b60 up
link add a61 type veth peer name b61
link set a61 up
link set b61 up
link add a62 type veth peer name b62
link set a62 up
link set b62 up
link add a63 type veth peer name b63
link set a63 up
link set b63 up
link add a64 type veth peer name b64
link set a64 up
link set b64 up
link add a65 type veth peer name b65
link set a65 up
link set b65 up
link add a66 type veth peer name b66
link set a66 up
link set b66 up
link add a67 type veth peer name b67
link set a67 up
link set b67 up
link add a68 type veth peer name b68
link set a68 up
link set b68 up
link add a69 type veth peer name b69
link set a69 up
link set b69 up
link add a70 type veth peer name b70
link set a70 up
link set b70 up
link add a71 type veth peer name b71
link set a71 up
link set b71 up
link add a72 type veth peer name b72
link set a72 up
link set b72 up
link add a73 type veth peer name b73
link set a73 up
link set b73 up
link add a74 type veth peer name b74
link set a74 up
link set b74 up
link add a75 type veth peer name b75
link set a75 up
link set b75 up
link add a76 type veth peer name b76
link set a76 up
link set b76 up
link add a77 type veth peer name b77
link set a77 up
link set b77 up
link add a78 type veth peer name b78
link set a78 up
link set b78 up
link add a79 type veth peer name b79
link set a79 up
link set b79 up
link add a80 type veth peer name b80
link set a80 up
link set b80 up
link add a81 type veth peer name b81
link set a81 up
link set b81 up
link add a82 type veth peer name b82
link set a82 up
link set b82 up
link add a83 type veth peer name b83
link set a83 up
link set b83 up
link add a84 type veth peer name b84
link set a84 up
link set b84 up
link add a85 type veth peer name b85
link set a85 up
link set b85 up
link add a86 type veth peer name b86
link set a86 up
link set b86 up
link add a87 type veth peer name b87
link set a87 up
link set b87 up
link add a88 type veth peer name b88
link set a88 up
link set b88 up
link add a89 type veth peer name b89
link set a89 up
link set b89 up
link add a90 type veth peer name b90
link set a90 up
link set b90 up
link add a91 type veth peer name b91
link set a91 up
link set b91 up
link add a92 type veth peer name b92
link set a92 up
link set b92 up
link add a93 type veth peer name b93
link set a93 up
link set b93 up
link add a94 type veth peer name b94
link set a94 up
link set b94 up
link add a95 type veth peer name b95
link set a95 up
link set b95 up
link add a96 type veth peer name b96
link set a96 up
link set b96 up
link add a97 type veth peer name b97
link set a97 up
link set b97 up
link add a98 type veth peer name b98
link set a98 up
link set b98 up
link add a99 type veth peer name b99
link set a99 up
link set b99 up
link add a100 type veth peer name b100
link set a100 up
link set b100 up
link add a101 type veth peer name b101
link set a101 up
link set b101 up
link add a102 type veth peer name b102
link set a102 up
link set b102 up
link add a103 type veth peer name b103
link set a103 up
link set b103 up
link add a104 type veth peer name b104
link set a104 up
link set b104 up
link add a105 type veth peer name b105
link set a105 up
link set b105 up
link add a106 type veth peer name b106
link set a106 up
link set b106 up
link add a107 type veth peer name b107
link set a107 up
link set b107 up
link add a108 type veth peer name b108
link set a108 up
link set b108 up
link add a109 type veth peer name b109
link set a109 up
link set b109 up
link add a110 type veth peer name b110
link set a110 up
link set b110 up
link add a111 type veth peer name b111
link set a111 up
link set b111 up
link add a112 type veth peer name b112
link set a112 up
link set b112 up
link add a113 type veth peer name b113
link set a113 up
link set b113 up
link add a114 type veth peer name b114
link set a114 up
link set b114 up
link add a115 type veth peer name b115
link set a115 up
link set b115 up
link add a116 type veth peer name b116
link set a116 up
link set b116 up
link add a117 type veth peer name b117
link set a117 up
link set b117 up
link add a118 type veth peer name b118
link set a118 up
link set b118 up
link add a119 type veth peer name b119
link set a119 up
link set b119 up
link add a120 type veth peer name b120
link set a120 up
link set b120 up
link add a121 type veth peer name b121
link set a121 up
link set b121 up
link add a122 type veth peer name b122
link set a122 up
link set b122 up
link add a123 type veth peer name b123
link set a123 up
link set b123 up
link add a124 type veth peer name b124
link set a124 up
link set b124 up
link add a125 type veth peer name b125
link set a125 up
link set b125 up
link add a126 type veth peer name b126
link set a126 up
link set b126 up
link add a127 type veth peer name b127
link set a127 up
link set b127 up
link add a128 type veth peer name b128
link set a128 up
link set b128 up
link add a129 type veth peer name b129
link set a129 up
link set b129 up
link add a130 type veth peer name b130
link set a130 up
link set b130 up
link add a131 type veth peer name b131
link set a131 up
link set b131 up
link add a132 type veth peer name b132
link set a132 up
link set b132 up
link add a133 type veth peer name b133
link set a133 up
link set b133 up
link add a134 type veth peer name b134
link set a134 up
link set b134 up
link add a135 type veth peer name b135
link set a135 up
link set b135 up
link add a136 type veth peer name b136
link set a136 up
link set b136 up
link add a137 type veth peer name b137
link set a137 up
link set b137 up
link add a138 type veth peer name b138
link set a138 up
link set b138 up
link add a139 type veth peer name b139
link set a139 up
link set b139 up
link add a140 type veth peer name b140
link set a140 up
link set b140 up
link add a141 type veth peer name b141
link set a141 up
link set b141 up
link add a142 type veth peer name b142
link set a142 up
link set b142 up
link add a143 type veth peer name b143
link set a143 up
link set b143 up
link add a144 type veth peer name b144
link set a144 up
link set b144 up
link add a145 type veth peer name b145
link set a145 up
link set b145 up
link add a146 type veth peer name b146
link set a146 up
link set b146 up
link add a147 type veth peer name b147
link set a147 up
link set b147 up
link add a148 type veth peer name b148
link set a148 up
link set b148 up
link add a149 type veth peer name b149
link set a149 up
link set b149 up
link add a150 type veth peer name b150
link set a150 up
link set b150 up
link add a151 type veth peer name b151
link set a151 up
link set b151 up
link add a152 type veth peer name b152
link set a152 up
link set b152 up
link add a153 type veth peer name b153
link set a153 up
link set b153 up
link add a154 type veth peer name b154
link set a154 up
link set b154 up
link add a155 type veth peer name b155
link set a155 up
link set b155 up
link add a156 type veth peer name b156
link set a156 up
link set b156 up
link add a157 type veth peer name b157
link set a157 up
link set b157 up
link add a158 type veth peer name b158
link set a158 up
link set b158 up
link add a159 type veth peer name b159
link set a159 up
link set b159 up
link add a160 type veth peer name b160
link set a160 up
link set b160 up
link add a161 type veth peer name b161
link set a161 up
link set b161 up
link add a162 type veth peer name b162
link set a162 up
link set b162 up
link add a163 type veth peer name b163
link set a163 up
link set b163 up
link add a164 type veth peer name b164
link set a164 up
link set b164 up
link add a165 type veth peer name b165
link set a165 up
link set b165 up
link add a166 type veth peer name b166
link set a166 up
link set b166 up
link add a167 type veth peer name b167
link set a167 up
link set b167 up
link add a168 type veth peer name b168
link set a168 up
link set b168 up
link add a169 type veth peer name b169
link set a169 up
link set b169 up
link add a170 type veth peer name b170
link set a170 up
link set b170 up
link add a171 type veth peer name b171
link set a171 up
link set b171 up
link add a172 type veth peer name b172
link set a172 up
link set b172 up
link add a173 type veth peer name b173
link set a173 up
link set b173 up
link add a174 type veth peer name b174
link set a174 up
link set b174 up
link add a175 type veth peer name b175
link set a175 up
link set b175 up
link add a176 type veth peer name b176
link set a176 up
link set b176 up
link add a177 type veth peer name b177
link set a177 up
link set b177 up
link add a178 type veth peer name b178
link set a178 up
link set b178 up
link add a179 type veth peer name b179
link set a179 up
link set b179 up
link add a180 type veth peer name b180
link set a180 up
link set b180 up
link add a181 type veth peer name b181
link set a181 up
link set b181 up
link add a182 type veth peer name b182
link set a182 up
link set b182 up
link add a183 type veth peer name b183
link set a183 up
link set b183 up
link add a184 type veth peer name b184
link set a184 up
link set b184 up
link add a185 type veth peer name b185
link set a185 up
link set b185 up
link add a186 type veth peer name b186
link set a186 up
link set b186 up
link add a187 type veth peer name b187
link set a187 up
link set b187 up
link add a188 type veth peer name b188
link set a188 up
link set b188 up
link add a189 type veth peer name b189
link set a189 up
link set b189 up
link add a190 type veth peer name b190
link set a190 up
link set b190 up
link add a191 type veth peer name b191
link set a191 up
link set b191 up
link add a192 type veth peer name b192
link set a192 up
link set b192 up
link add a193 type veth peer name b193
link set a193 up
link set b193 up
link add a194 type veth peer name b194
link set a194 up
link set b194 up
link add a195 type veth peer name b195
link set a195 up
link set b195 up
link add a196 type veth peer name b196
link set a196 up
link set b196 up
link add a197 type veth peer name b197
link set a197 up
link set b197 up
link add a198 type veth peer name b198
link set a198 up
link set b198 up
link add a199 type veth peer name b199
link set a199 up
link set b199 up
link add a200 type veth peer name b200
link set a200 up
link set b200 up
link add a201 type veth peer name b201
link set a201 up
link set b201 up
link add a202 type veth peer name b202
link set a202 up
link set b202 up
link add a203 type veth peer name b203
link set a203 up
link set b203 up
link add a204 type veth peer name b204
link set a204 up
link set b204 up
link add a205 type veth peer name b205
link set a205 up
link set b205 up
link add a206 type veth peer name b206
link set a206 up
link set b206 up
link add a207 type veth peer name b207
link set a207 up
link set b207 up
link add a208 type veth peer name b208
link set a208 up
link set b208 up
link add a209 type veth peer name b209
link set a209 up
link set b209 up
link add a210 type veth peer name b210
link set a210 up
link set b210 up
link add a211 type veth peer name b211
link set a211 up
link set b211 up
link add a212 type veth peer name b212
link set a212 up
link set b212 up
link add a213 type veth peer name b213
link set a213 up
link set b213 up
link add a214 type veth peer name b214
link set a214 up
link set b214 up
link add a215 type veth peer name b215
link set a215 up
link set b215 up
link add a216 type veth peer name b216
link set a216 up
link set b216 up
link add a217 type veth peer name b217
link set a217 up
link set b217 up
link add a218 type veth peer name b218
link set a218 up
link set b218 up
link add a219 type veth peer name b219
link set a219 up
link set b219 up
link add a220 type veth peer name b220
link set a220 up
link set b220 up
link add a221 type veth peer name b221
link set a221 up
link set b221 up
link add a222 type veth peer name b222
link set a222 up
link set b222 up
link add a223 type veth peer name b223
link set a223 up
link set b223 up
link add a224 type veth peer name b224
link set a224 up
link set b224 up
link add a225 type veth peer name b225
link set a225 up
link set b225 up
link add a226 type veth peer name b226
link set a226 up
link set b226 up
link add a227 type veth peer name b227
link set a227 up
link set b227 up
link add a228 type veth peer name b228
link set a228 up
link set b228 up
link add a229 type veth peer name b229
link set a229 up
link set b229 up
link add a230 type veth peer name b230
link set a230 up
link set b230 up
link add a231 type veth peer name b231
link set a231 up
link set b231 up
link add a232 type veth peer name b232
link set a232 up
link set b232 up
link add a233 type veth peer name b233
link set a233 up
link set b233 up
link add a234 type veth peer name b234
link set a234 up
link set b234 up
link add a235 type veth peer name b235
link set a235 up
link set b235 up
link add a236 type veth peer name b236
link set a236 up
link set b236 up
link add a237 type veth peer name b237
link set a237 up
link set b237 up
link add a238 type veth peer name b238
link set a238 up
link set b238 up
link add a239 type veth peer name b239
link set a239 up
link set b239 up
link add a240 type veth peer name b240
link set a240 up
link set b240 up
link add a241 type veth peer name b241
link set a241 up
link set b241 up
link add a242 type veth peer name b242
link set a242 up
link set b242 up
link add a243 type veth peer name b243
link set a243 up
link set b243 up
link add a244 type veth peer name b244
link set a244 up
link set b244 up
link add a245 type veth peer name b245
link set a245 up
link set b245 up
link add a246 type veth peer name b246
link set a246 up
link set b246 up
link add a247 type veth peer name b247
link set a247 up
link set b247 up
link add a248 type veth peer name b248
link set a248 up
link set b248 up
link add a249 type veth peer name b249
link set a249 up
link set b249 up
link add a250 type veth peer name b250
link set a250 up
link set b250 up
link add a251 type veth peer name b251
link set a251 up
link set b251 up
link add a252 type veth peer name b252
link set a252 up
link set b252 up
link add a253 type veth peer name b253
link set a253 up
link set b253 up
link add a254 type veth peer name b254
link set a254 up
link set b254 up
link add a255 type veth peer name b255
link set a255 up
link set b255 up
link add a256 type veth peer name b256
link set a256 up
link set b256 up
link add a257 type veth peer name b257
link set a257 up
link set b257 up
link add a258 type veth peer name b258
link set a258 up
link set b258 up
link add a259 type veth peer name b259
link set a259 up
link set b259 up
link add a260 type veth peer name b260
link set a260 up
link set b260 up
link add a261 type veth peer name b261
link set a261 up
link set b261 up
link add a262 type veth peer name b262
link set a262 up
link set b262 up
link add a263 type veth peer name b263
link set a263 up
link set b263 up
link add a264 type veth peer name b264
link set a264 up
link set b264 up
link add a265 type veth peer name b265
link set a265 up
link set b265 up
link add a266 type veth peer name b266
link set a266 up
link set b266 up
link add a267 type veth peer name b267
link set a267 up
link set b267 up
link add a268 type veth peer name b268
link set a268 up
link set b268 up
link add a269 type veth peer name b269
link set a269 up
link set b269 up
link add a270 type veth peer name b270
link set a270 up
link set b270 up
link add a271 type veth peer name b271
link set a271 up
link set b271 up
link add a272 type veth peer name b272
link set a272 up
link set b272 up
link add a273 type veth peer name b273
link set a273 up
link set b273 up
link add a274 type veth peer name b274
link set a274 up
link set b274 up
link add a275 type veth peer name b275
link set a275 up
link set b275 up
link add a276 type veth peer name b276
link set a276 up
link set b276 up
link add a277 type veth peer name b277
link set a277 up
link set b277 up
link add a278 type veth peer name b278
link set a278 up
link set b278 up
link add a279 type veth peer name b279
link set a279 up
link set b279 up
link add a280 type veth peer name b280
link set a280 up
link set b280 up
link add a281 type veth peer name b281
link set a281 up
link set b281 up
link add a282 type veth peer name b282
link set a282 up
link set b282 up
link add a283 type veth peer name b283
link set a283 up
link set b283 up
link add a284 type veth peer name b284
link set a284 up
link set b284 up
link add a285 type veth peer name b285
link set a285 up
link set b285 up
link add a286 type veth peer name b286
link set a286 up
link set b286 up
link add a287 type veth peer name b287
link set a287 up
link set b287 up
link add a288 type veth peer name b288
link set a288 up
link set b288 up
link add a289 type veth peer name b289
link set a289 up
link set b289 up
link add a290 type veth peer name b290
link set a290 up
link set b290 up
link add a291 type veth peer name b291
link set a291 up
link set b291 up
link add a292 type veth peer name b292
link set a292 up
link set b292 up
link add a293 type veth peer name b293
link set a293 up
link set b293 up
link add a294 type veth peer name b294
link set a294 up
link set b294 up
link add a295 type veth peer name b295
link set a295 up
link set b295 up
link add a296 type veth peer name b296
link set a296 up
link set b296 up
link add a297 type veth peer name b297
link set a297 up
link set b297 up
link add a298 type veth peer name b298
link set a298 up
link set b298 up
link add a299 type veth peer name b299
link set a299 up
link set b299 up
link add a300 type veth peer name b300
link set a300 up
link set b300 up
link add a301 type veth peer name b301
link set a301 up
link set b301 up
link add a302 type veth peer name b302
link set a302 up
link set b302 up
link add a303 type veth peer name b303
link set a303 up
link set b303 up
link add a304 type veth peer name b304
link set a304 up
link set b304 up
link add a305 type veth peer name b305
link set a305 up
link set b305 up
link add a306 type veth peer name b306
link set a306 up
link set b306 up
link add a307 type veth peer name b307
link set a307 up
link set b307 up
link add a308 type veth peer name b308
link set a308 up
link set b308 up
link add a309 type veth peer name b309
link set a309 up
link set b309 up
link add a310 type veth peer name b310
link set a310 up
link set b310 up
link add a311 type veth peer name b311
link set a311 up
link set b311 up
link add a312 type veth peer name b312
link set a312 up
link set b312 up
link add a313 type veth peer name b313
link set a313 up
link set b313 up
link add a314 type veth peer name b314
link set a314 up
link set b314 up
link add a315 type veth peer name b315
link set a315 up
link set b315 up
link add a316 type veth peer name b316
link set a316 up
link set b316 up
link add a317 type veth peer name b317
link set a317 up
link set b317 up
link add a318 type veth peer name b318
link set a318 up
link set b318 up
link add a319 type veth peer name b319
link set a319 up
link set b319 up
link add a320 type veth peer name b320
link set a320 up
link set b320 up
link add a321 type veth peer name b321
link set a321 up
link set b321 up
link add a322 type veth peer name b322
link set a322 up
link set b322 up
link add a323 type veth peer name b323
link set a323 up
link set b323 up
link add a324 type veth peer name b324
link set a324 up
link set b324 up
link add a325 type veth peer name b325
link set a325 up
link set b325 up
link add a326 type veth peer name b326
link set a326 up
link set b326 up
link add a327 type veth peer name b327
link set a327 up
link set b327 up
link add a328 type veth peer name b328
link set a328 up
link set b328 up
link add a329 type veth peer name b329
link set a329 up
link set b329 up
link add a330 type veth peer name b330
link set a330 up
link set b330 up
link add a331 type veth peer name b331
link set a331 up
link set b331 up
link add a332 type veth peer name b332
link set a332 up
link set b332 up
link add a333 type veth peer name b333
link set a333 up
link set b333 up
link add a334 type veth peer name b334
link set a334 up
link set b334 up
link add a335 type veth peer name b335
link set a335 up
link set b335 up
link add a336 type veth peer name b336
link set a336 up
link set b336 up
link add a337 type veth peer name b337
link set a337 up
link set b337 up
link add a338 type veth peer name b338
link set a338 up
link set b338 up
link add a339 type veth peer name b339
link set a339 up
link set b339 up
link add a340 type veth peer name b340
link set a340 up
link set b340 up
link add a341 type veth peer name b341
link set a341 up
link set b341 up
link add a342 type veth peer name b342
link set a342 up
link set b342 up
link add a343 type veth peer name b343
link set a343 up
link set b343 up
link add a344 type veth peer name b344
link set a344 up
link set b344 up
link add a345 type veth peer name b345
link set a345 up
link set b345 up
link add a346 type veth peer name b346
link set a346 up
link set b346 up
link add a347 type veth peer name b347
link set a347 up
link set b347 up
link add a348 type veth peer name b348
link set a348 up
link set b348 up
link add a349 type veth peer name b349
link set a349 up
link set b349 up
link add a350 type veth peer name b350
link set a350 up
link set b350 up
link add a351 type veth peer name b351
link set a351 up
link set b351 up
link add a352 type veth peer name b352
link set a352 up
link set b352 up
link add a353 type veth peer name b353
link set a353 up
link set b353 up
link add a354 type veth peer name b354
link set a354 up
link set b354 up
link add a355 type veth peer name b355
link set a355 up
link set b355 up
link add a356 type veth peer name b356
link set a356 up
link set b356 up
link add a357 type veth peer name b357
link set a357 up
link set b357 up
link add a358 type veth peer name b358
link set a358 up
link set b358 up
link add a359 type veth peer name b359
link set a359 up
link set b359 up
link add a360 type veth peer name b360
link set a360 up
link set b360 up
link add a361 type veth peer name b361
link set a361 up
link set b361 up
link add a362 type veth peer name b362
link set a362 up
link set b362 up
link add a363 type veth peer name b363
link set a363 up
link set b363 up
link add a364 type veth peer name b364
link set a364 up
link set b364 up
link add a365 type veth peer name b365
link set a365 up
link set b365 up
link add a366 type veth peer name b366
link set a366 up
link set b366 up
link add a367 type veth peer name b367
link set a367 up
link set b367 up
link add a368 type veth peer name b368
link set a368 up
link set b368 up
link add a369 type veth peer name b369
link set a369 up
link set b369 up
link add a370 type veth peer name b370
link set a370 up
link set b370 up
link add a371 type veth peer name b371
link set a371 up
link set b371 up
link add a372 type veth peer name b372
link set a372 up
link set b372 up
link add a373 type veth peer name b373
link set a373 up
link set b373 up
link add a374 type veth peer name b374
link set a374 up
link set b374 up
link add a375 type veth peer name b375
link set a375 up
link set b375 up
link add a376 type veth peer name b376
link set a376 up
link set b376 up
link add a377 type veth peer name b377
link set a377 up
link set b377 up
link add a378 type veth peer name b378
link set a378 up
link set b378 up
link add a379 type veth peer name b379
link set a379 up
link set b379 up
link add a380 type veth peer name b380
link set a380 up
link set b380 up
link add a381 type veth peer name b381
link set a381 up
link set b381 up
link add a382 type veth peer name b382
link set a382 up
link set b382 up
link add a383 type veth peer name b383
link set a383 up
link set b383 up
link add a384 type veth peer name b384
link set a384 up
link set b384 up
link add a385 type veth peer name b385
link set a385 up
link set b385 up
link add a386 type veth peer name b386
link set a386 up
link set b386 up
link add a387 type veth peer name b387
link set a387 up
link set b387 up
link add a388 type veth peer name b388
link set a388 up
link set b388 up
link add a389 type veth peer name b389
link set a389 up
link set b389 up
link add a390 type veth peer name b390
link set a390 up
link set b390 up
link add a391 type veth peer name b391
link set a391 up
link set b391 up
link add a392 type veth peer name b392
link set a392 up
link set b392 up
link add a393 type veth peer name b393
link set a393 up
link set b393 up
link add a394 type veth peer name b394
link set a394 up
link set b394 up
link add a395 type veth peer name b395
link set a395 up
link set b395 up
link add a396 type veth peer name b396
link set a396 up
link set b396 up
link add a397 type veth peer name b397
link set a397 up
link set b397 up
link add a398 type veth peer name b398
link set a398 up
link set b398 up
link add a399 type veth peer name b399
link set a399 up
link set b399 up
link add a400 type veth peer name b400
link set a400 up
link set b400 up
link add a401 type veth peer name b401
link set a401 up
link set b401 up
link add a402 type veth peer name b402
link set a402 up
link set b402 up
link add a403 type veth peer name b403
link set a403 up
link set b403 up
link add a404 type veth peer name b404
link set a404 up
link set b404 up
link add a405 type veth peer name b405
link set a405 up
link set b405 up
link add a406 type veth peer name b406
link set a406 up
link set b406 up
link add a407 type veth peer name b407
link set a407 up
link set b407 up
link add a408 type veth peer name b408
link set a408 up
link set b408 up
link add a409 type veth peer name b409
link set a409 up
link set b409 up
link add a410 type veth peer name b410
link set a410 up
link set b410 up
link add a411 type veth peer name b411
link set a411 up
link set b411 up
link add a412 type veth peer name b412
link set a412 up
link set b412 up
link add a413 type veth peer name b413
link set a413 up
link set b413 up
link add a414 type veth peer name b414
link set a414 up
link set b414 up
link add a415 type veth peer name b415
link set a415 up
link set b415 up
link add a416 type veth peer name b416
link set a416 up
link set b416 up
link add a417 type veth peer name b417
link set a417 up
link set b417 up
link add a418 type veth peer name b418
link set a418 up
link set b418 up
link add a419 type veth peer name b419
link set a419 up
link set b419 up
link add a420 type veth peer name b420
link set a420 up
link set b420 up
link add a421 type veth peer name b421
link set a421 up
link set b421 up
link add a422 type veth peer name b422
link set a422 up
link set b422 up
link add a423 type veth peer name b423
link set a423 up
link set b423 up
link add a424 type veth peer name b424
link set a424 up
link set b424 up
link add a425 type veth peer name b425
link set a425 up
link set b425 up
link add a426 type veth peer name b426
link set a426 up
link set b426 up
link add a427 type veth peer name b427
link set a427 up
link set b427 up
link add a428 type veth peer name b428
link set a428 up
link set b428 up
link add a429 type veth peer name b429
link set a429 up
link set b429 up
link add a430 type veth peer name b430
link set a430 up
link set b430 up
link add a431 type veth peer name b431
link set a431 up
link set b431 up
link add a432 type veth peer name b432
link set a432 up
link set b432 up
link add a433 type veth peer name b433
link set a433 up
link set b433 up
link add a434 type veth peer name b434
link set a434 up
link set b434 up
link add a435 type veth peer name b435
link set a435 up
link set b435 up
link add a436 type veth peer name b436
link set a436 up
link set b436 up
link add a437 type veth peer name b437
link set a437 up
link set b437 up
link add a438 type veth peer name b438
link set a438 up
link set b438 up
link add a439 type veth peer name b439
link set a439 up
link set b439 up
link add a440 type veth peer name b440
link set a440 up
link set b440 up
link add a441 type veth peer name b441
link set a441 up
link set b441 up
link add a442 type veth peer name b442
link set a442 up
link set b442 up
link add a443 type veth peer name b443
link set a443 up
link set b443 up
link add a444 type veth peer name b444
link set a444 up
link set b444 up
link add a445 type veth peer name b445
link set a445 up
link set b445 up
link add a446 type veth peer name b446
link set a446 up
link set b446 up
link add a447 type veth peer name b447
link set a447 up
link set b447 up
link add a448 type veth peer name b448
link set a448 up
link set b448 up
link add a449 type veth peer name b449
link set a449 up
link set b449 up
link add a450 type veth peer name b450
link set a450 up
link set b450 up
link add a451 type veth peer name b451
link set a451 up
link set b451 up
link add a452 type veth peer name b452
link set a452 up
link set b452 up
link add a453 type veth peer name b453
link set a453 up
link set b453 up
link add a454 type veth peer name b454
link set a454 up
link set b454 up
link add a455 type veth peer name b455
link set a455 up
link set b455 up
link add a456 type veth peer name b456
link set a456 up
link set b456 up
link add a457 type veth peer name b457
link set a457 up
link set b457 up
link add a458 type veth peer name b458
link set a458 up
link set b458 up
link add a459 type veth peer name b459
link set a459 up
link set b459 up
link add a460 type veth peer name b460
link set a460 up
link set b460 up
link add a461 type veth peer name b461
link set a461 up
link set b461 up
link add a462 type veth peer name b462
link set a462 up
link set b462 up
link add a463 type veth peer name b463
link set a463 up
link set b463 up
link add a464 type veth peer name b464
link set a464 up
link set b464 up
link add a465 type veth peer name b465
link set a465 up
link set b465 up
link add a466 type veth peer name b466
link set a466 up
link set b466 up
link add a467 type veth peer name b467
link set a467 up
link set b467 up
link add a468 type veth peer name b468
link set a468 up
link set b468 up
link add a469 type veth peer name b469
link set a469 up
link set b469 up
link add a470 type veth peer name b470
link set a470 up
link set b470 up
link add a471 type veth peer name b471
link set a471 up
link set b471 up
link add a472 type veth peer name b472
link set a472 up
link set b472 up
link add a473 type veth peer name b473
link set a473 up
link set b473 up
link add a474 type veth peer name b474
link set a474 up
link set b474 up
link add a475 type veth peer name b475
link set a475 up
link set b475 up
link add a476 type veth peer name b476
link set a476 up
link set b476 up
link add a477 type veth peer name b477
link set a477 up
link set b477 up
link add a478 type veth peer name b478
link set a478 up
link set b478 up
link add a479 type veth peer name b479
link set a479 up
link set b479 up
link add a480 type veth peer name b480
link set a480 up
link set b480 up
link add a481 type veth peer name b481
link set a481 up
link set b481 up
link add a482 type veth peer name b482
link set a482 up
link set b482 up
link add a483 type veth peer name b483
link set a483 up
link set b483 up
link add a484 type veth peer name b484
link set a484 up
link set b484 up
link add a485 type veth peer name b485
link set a485 up
link set b485 up
link add a486 type veth peer name b486
link set a486 up
link set b486 up
link add a487 type veth peer name b487
link set a487 up
link set b487 up
link add a488 type veth peer name b488
link set a488 up
link set b488 up
link add a489 type veth peer name b489
link set a489 up
link set b489 up
link add a490 type veth peer name b490
link set a490 up
link set b490 up
link add a491 type veth peer name b491
link set a491 up
link set b491 up
link add a492 type veth peer name b492
link set a492 up
link set b492 up
link add a493 type veth peer name b493
link set a493 up
link set b493 up
link add a494 type veth peer name b494
link set a494 up
link set b494 up
link add a495 type veth peer name b495
link set a495 up
link set b495 up
link add a496 type veth peer name b496
link set a496 up
link set b496 up
link add a497 type veth peer name b497
link set a497 up
link set b497 up
link add a498 type veth peer name b498
link set a498 up
link set b498 up
link add a499 type veth peer name b499
link set a499 up
link set b499 up
link add a500 type veth peer name b500
link set a500 up
link set b500 up
link add a501 type veth peer name b501
link set a501 up
link set b501 up
link add a502 type veth peer name b502
link set a502 up
link set b502 up
link add a503 type veth peer name b503
link set a503 up
link set b503 up
link add a504 type veth peer name b504
link set a504 up
link set b504 up
link add a505 type veth peer name b505
link set a505 up
link set b505 up
link add a506 type veth peer name b506
link set a506 up
link set b506 up
link add a507 type veth peer name b507
link set a507 up
link set b507 up
link add a508 type veth peer name b508
link set a508 up
link set b508 up
link add a509 type veth peer name b509
link set a509 up
link set b509 up
link add a510 type veth peer name b510
link set a510 up
link set b510 up
link add a511 type veth peer name b511
link set a511 up
link set b511 up
link add a512 type veth peer name b512
link set a512 up
link set b512 up
link add a513 type veth peer name b513
link set a513 up
link set b513 up
link add a514 type veth peer name b514
link set a514 up
link set b514 up
link add a515 type veth peer name b515
link set a515 up
link set b515 up
link add a516 type veth peer name b516
link set a516 up
link set b516 up
link add a517 type veth peer name b517
link set a517 up
link set b517 up
link add a518 type veth peer name b518
link set a518 up
link set b518 up
link add a519 type veth peer name b519
link set a519 up
link set b519 up
link add a520 type veth peer name b520
link set a520 up
link set b520 up
link add a521 type veth peer name b521
link set a521 up
link set b521 up
link add a522 type veth peer name b522
link set a522 up
link set b522 up
link add a523 type veth peer name b523
link set a523 up
link set b523 up
link add a524 type veth peer name b524
link set a524 up
link set b524 up
link add a525 type veth peer name b525
link set a525 up
link set b525 up
link add a526 type veth peer name b526
link set a526 up
link set b526 up
link add a527 type veth peer name b527
link set a527 up
link set b527 up
link add a528 type veth peer name b528
link set a528 up
link set b528 up
link add a529 type veth peer name b529
link set a529 up
link set b529 up
link add a530 type veth peer name b530
link set a530 up
link set b530 up
link add a531 type veth peer name b531
link set a531 up
link set b531 up
link add a532 type veth peer name b532
link set a532 up
link set b532 up
link add a533 type veth peer name b533
link set a533 up
link set b533 up
link add a534 type veth peer name b534
link set a534 up
link set b534 up
link add a535 type veth peer name b535
link set a535 up
link set b535 up
link add a536 type veth peer name b536
link set a536 up
link set b536 up
link add a537 type veth peer name b537
link set a537 up
link set b537 up
link add a538 type veth peer name b538
link set a538 up
link set b538 up
link add a539 type veth peer name b539
link set a539 up
link set b539 up
link add a540 type veth peer name b540
link set a540 up
link set b540 up
END
sleep 3
ip -s link show a1
ip -s link show b1
ip -s link show a270
ip -s link show b270
ip -s link show a520
ip -s link show b520
ip -s link show a530
ip -s link show b530
ip -s link show a539
ip -s link show b539
ip -s link show a540
ip -s link show b540
