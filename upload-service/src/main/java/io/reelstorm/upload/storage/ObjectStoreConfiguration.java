package io.reelstorm.upload.storage;

import io.minio.MinioAsyncClient;
import io.reelstorm.common.dc.DataCenter;
import io.reelstorm.common.dc.PeerProperties;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ObjectStoreConfiguration {

    /** OkHttp's default of 5 calls per host would queue concurrent uploads and downloads behind each other. */
    private static final int MAX_CONCURRENT_CALLS = 128;

    @Bean
    MinioAsyncClient minioClient(ObjectStoreProperties properties) {
        return client(properties.endpoint(), properties);
    }

    @Bean
    ObjectStore objectStore(MinioAsyncClient minioClient, ObjectStoreProperties properties, DataCenter dataCenter) {
        return new ObjectStore(dataCenter.name(), minioClient, properties.bucket(), Math.toIntExact(properties.partSize().toBytes()));
    }

    @Bean
    ObjectStoreHealthIndicator objectStoreHealthIndicator(ObjectStore objectStore) {
        return new ObjectStoreHealthIndicator(objectStore);
    }

    /**
     * The peer data center's store, through the inter-DC link, with our credentials, bucket and
     * timeouts. Used only with {@code upload-failover}; no health indicator, so that a dark peer never
     * makes this data center unready.
     */
    @Bean
    @ConditionalOnProperty("reelstorm.peer.objects-endpoint")
    PeerObjectStore peerObjectStore(PeerProperties peer, ObjectStoreProperties properties) {
        if (peer.dc() == null || peer.dc().isBlank()) {
            throw new IllegalStateException("reelstorm.peer.dc must name the peer data center when reelstorm.peer.objects-endpoint is set");
        }
        return new PeerObjectStore(new ObjectStore(peer.dc(), client(peer.objectsEndpoint(), properties), properties.bucket(),
                Math.toIntExact(properties.partSize().toBytes())));
    }

    private static MinioAsyncClient client(String endpoint, ObjectStoreProperties properties) {
        Dispatcher dispatcher = new Dispatcher();
        dispatcher.setMaxRequests(MAX_CONCURRENT_CALLS);
        dispatcher.setMaxRequestsPerHost(MAX_CONCURRENT_CALLS);
        // Our own client: the SDK's default one would add its status-retry interceptor, and naive
        // services do not retry.
        OkHttpClient http = new OkHttpClient.Builder()
                .dispatcher(dispatcher)
                .connectTimeout(properties.connectTimeout())
                .readTimeout(properties.readTimeout())
                .writeTimeout(properties.writeTimeout())
                .build();
        return MinioAsyncClient.builder()
                .endpoint(endpoint)
                .region(properties.region())
                .credentials(properties.accessKey(), properties.secretKey())
                .httpClient(http, true)
                .build();
    }
}
